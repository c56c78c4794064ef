package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;

public class XWindow extends XDated {
    @XmlAttribute(required = true) public String quantity;
    @XmlAttribute(required = true) public String from;
    @XmlAttribute(required = true) public String to;
}
