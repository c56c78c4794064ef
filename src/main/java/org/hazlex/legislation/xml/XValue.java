package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import java.math.BigDecimal;

public class XValue extends XDated {
    @XmlAttribute(required = true) public String quantity;
    @XmlAttribute(required = true) public BigDecimal value;
    @XmlAttribute(required = true) public String unit;
    @XmlAttribute public Integer ageFrom;
    @XmlAttribute public Integer ageTo;
    @XmlAttribute public String sex;
    @XmlAttribute public String frequency;
    @XmlAttribute public String liftedFrom;
    @XmlAttribute public Boolean pupilInTerm;
    @XmlAttribute public Integer daysPerWeek;
}
