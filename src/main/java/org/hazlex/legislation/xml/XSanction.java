package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A sanction the law attaches to a breach: its provision, the findings it sanctions and the fines. */
public class XSanction extends XDated {
    @XmlAttribute(required = true) public String id;
    @XmlElement(name = "target") public List<Target> targets = new ArrayList<>();
    @XmlElement(name = "fine") public List<Fine> fines = new ArrayList<>();

    public static class Target {
        @XmlAttribute public String kind;
        @XmlAttribute public String provision;
        @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
    }

    public static class Fine {
        @XmlAttribute(required = true) public String liable;
        @XmlAttribute public BigDecimal amount;
        @XmlAttribute public BigDecimal from;
        @XmlAttribute public BigDecimal to;
        @XmlAttribute(required = true) public String unit;
    }
}
