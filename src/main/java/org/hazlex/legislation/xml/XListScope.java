package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlList;
import java.util.ArrayList;
import java.util.List;

/** What is known of a list read only in part: its bounds (sectors, occupations, hazards, workplaces, a reference). */
public class XListScope {
    @XmlAttribute(required = true) public String id;
    @XmlAttribute(required = true) public String provision;
    @XmlAttribute public String list;
    @XmlAttribute(required = true) public String gap;
    @XmlAttribute public String validFrom;
    @XmlAttribute public String validTo;
    @XmlElement(name = "description") public List<XLangText> descriptions = new ArrayList<>();
    @XmlElements({
        @XmlElement(name = "sector", type = Sector.class),
        @XmlElement(name = "occupation", type = Occupation.class),
        @XmlElement(name = "hazard", type = Hazard.class),
        @XmlElement(name = "workplace", type = Workplace.class),
        @XmlElement(name = "reference", type = Reference.class)
    })
    public List<Bound> bounds = new ArrayList<>();
    @XmlElement(name = "note") public List<String> notes = new ArrayList<>();

    /** The attributes every bound carries: where it comes from and whether it was checked. */
    public abstract static class Bound {
        @XmlAttribute(required = true) public String basis;
        @XmlAttribute(required = true) public String verification;
        @XmlAttribute public String provision;
        @XmlAttribute public String source;
    }

    public static class Sector extends Bound {
        @XmlAttribute(required = true) @XmlList public List<String> isic4 = new ArrayList<>();
        @XmlElement(name = "title") public List<XText> titles = new ArrayList<>();
        @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
    }

    public static class Occupation extends Bound {
        @XmlAttribute(required = true) @XmlList public List<String> isco08 = new ArrayList<>();
        @XmlElement(name = "title") public List<XText> titles = new ArrayList<>();
        @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
    }

    public static class Hazard extends Bound {
        @XmlAttribute(required = true) @XmlList public List<String> tags = new ArrayList<>();
        @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
    }

    public static class Workplace extends Bound {
        @XmlElement(name = "title") public List<XText> titles = new ArrayList<>();
        @XmlElement(name = "term") public List<XText> terms = new ArrayList<>();
        @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
    }

    public static class Reference extends Bound {
        @XmlAttribute(required = true) public String list;
        @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
    }
}
