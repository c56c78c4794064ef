package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** A provision's operative words in one language (English unless {@code lang} says otherwise). */
public class XWording {
    @XmlAttribute public String lang;
    @XmlAttribute public Boolean translated;
    @XmlValue public String text;
}
