package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;

/** Attributes shared by everything that cites a provision and may narrow its validity. */
@XmlTransient
public abstract class XDated {
    @XmlAttribute(required = true) public String provision;
    @XmlAttribute public String validFrom;
    @XmlAttribute public String validTo;
    @XmlAttribute public String verification;
    @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
}
