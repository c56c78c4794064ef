package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;

public class XPermission extends XDated {
    @XmlAttribute(required = true) public String kind;
}
