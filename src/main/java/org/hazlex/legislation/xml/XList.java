package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlList;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

public class XList {
    @XmlAttribute(required = true) public String id;
    @XmlAttribute(required = true) public String provision;
    @XmlAttribute public String validFrom;
    @XmlAttribute public String validTo;
    @XmlElement(name = "title") public List<XText> titles = new ArrayList<>();
    @XmlElement(name = "section") public List<Section> sections = new ArrayList<>();
    @XmlElement(name = "note") public List<String> notes = new ArrayList<>();

    public static class Section {
        @XmlAttribute(required = true) public String id;
        @XmlAttribute(required = true) public String number;
        @XmlAttribute public Integer officialEntries;
        @XmlAttribute @XmlList public List<String> isic4 = new ArrayList<>();
        @XmlElement(name = "title") public List<XText> titles = new ArrayList<>();
        @XmlElement(name = "subsection") public List<Subsection> subsections = new ArrayList<>();
        @XmlElement(name = "entry") public List<Entry> entries = new ArrayList<>();
        @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
    }

    public static class Subsection {
        @XmlAttribute(required = true) public String id;
        @XmlAttribute(required = true) public String number;
        @XmlAttribute @XmlList public List<String> isic4 = new ArrayList<>();
        @XmlElement(name = "title") public List<XText> titles = new ArrayList<>();
    }

    public static class Entry {
        @XmlAttribute(required = true) public String id;
        @XmlAttribute public String subsection;
        @XmlAttribute public Integer minAge;
        /** occupation (default, written as null), production or workplace */
        @XmlAttribute public String extent;
        @XmlElement public Label label;
        @XmlElement public XText gloss;
        @XmlElement(name = "hazard") public List<String> hazards = new ArrayList<>();
        @XmlElement(name = "covers") public List<Covers> covers = new ArrayList<>();
        @XmlElement(name = "r190") public List<String> r190 = new ArrayList<>();
        @XmlElement(name = "isco08") public List<Isco> isco08 = new ArrayList<>();
        @XmlElement(name = "isic4") public List<String> isic4 = new ArrayList<>();
        @XmlElement(name = "term") public List<XText> terms = new ArrayList<>();
        @XmlElement public Qualifier qualifier;
        @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
    }

    /** The official wording; {@code printed} and {@code correction} where it corrects a slip of the copy read. */
    public static class Label {
        @XmlAttribute(required = true) public String lang;
        @XmlAttribute public String printed;
        @XmlAttribute public String correction;
        @XmlValue public String text;
    }

    /** The condition an entry's wording puts on its occupation: hazard tags and terms. */
    public static class Qualifier {
        @XmlElement(name = "hazard") public List<String> hazards = new ArrayList<>();
        @XmlElement(name = "term") public List<XText> terms = new ArrayList<>();
        @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
    }

    public static class Covers {
        @XmlAttribute public String certainty;
        @XmlValue public String tag;
    }

    public static class Isco {
        @XmlAttribute public Boolean exact;
        @XmlValue public String code;
    }
}
