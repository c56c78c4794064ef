package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

public class XGap {
    @XmlAttribute(required = true) public String id;
    @XmlAttribute(required = true) public String topic;
    @XmlAttribute public String validFrom;
    @XmlAttribute public String validTo;
    @XmlElement(name = "description") public List<XLangText> descriptions = new ArrayList<>();
}
