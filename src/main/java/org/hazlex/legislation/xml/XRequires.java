package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** The topics the minors' rules of a country need a value for, over a period. */
public class XRequires {
    @XmlAttribute public String validFrom;
    @XmlAttribute public String validTo;
    @XmlElement(name = "topic") public List<String> topics = new ArrayList<>();
    @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
}
