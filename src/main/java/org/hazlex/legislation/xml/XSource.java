package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;

public class XSource {
    @XmlAttribute(required = true) public String url;
    @XmlAttribute(required = true) public String kind;
    @XmlAttribute public String note;
}
