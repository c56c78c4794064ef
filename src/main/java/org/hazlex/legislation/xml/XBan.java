package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;

public class XBan extends XDated {
    @XmlAttribute(required = true) public String activity;
    @XmlAttribute public String scope;
    @XmlAttribute public String exception;
}
