package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

public class XInstrument {
    @XmlAttribute(required = true) public String id;
    @XmlAttribute(required = true) public String kind;
    @XmlAttribute public String number;
    @XmlAttribute(required = true) public String adopted;
    @XmlAttribute(required = true) public String validFrom;
    @XmlAttribute public String validTo;
    @XmlElement(name = "title") public List<XText> titles = new ArrayList<>();
    @XmlElement(name = "citation") public List<XLangText> citations = new ArrayList<>();
    @XmlElement(name = "source") public List<XSource> sources = new ArrayList<>();
    @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
}
