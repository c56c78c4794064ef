package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

public class XText {
    @XmlAttribute(required = true) public String lang;
    @XmlValue public String text;
}
