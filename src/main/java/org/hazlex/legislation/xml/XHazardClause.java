package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

public class XHazardClause extends XDated {
    @XmlElement(name = "tag") public List<Tag> tags = new ArrayList<>();

    public static class Tag {
        @XmlAttribute(required = true) public String certainty;
        @XmlValue public String tag;
    }
}
