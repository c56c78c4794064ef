package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

public class XProvision {
    @XmlAttribute(required = true) public String id;
    @XmlAttribute(required = true) public String instrument;
    @XmlAttribute(required = true) public String article;
    @XmlAttribute(required = true) public String verification;
    @XmlAttribute public String validFrom;
    @XmlAttribute public String validTo;
    @XmlAttribute public String source;
    @XmlAttribute public String lastChecked;
    @XmlElement(name = "article") public List<XText> articles = new ArrayList<>();
    @XmlElement public String summary;
    @XmlElement(name = "wording") public List<XWording> wordings = new ArrayList<>();
    @XmlElement(name = "note") public List<String> notes = new ArrayList<>();
}
