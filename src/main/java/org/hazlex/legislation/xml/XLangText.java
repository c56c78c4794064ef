package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** A text whose language is English unless a {@code lang} attribute says otherwise. */
public class XLangText {
    @XmlAttribute public String lang;
    @XmlValue public String text;
}
