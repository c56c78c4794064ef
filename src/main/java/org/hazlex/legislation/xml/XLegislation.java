package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "legislation")
public class XLegislation {
    @XmlAttribute(required = true) public String country;
    @XmlAttribute public String status;
    @XmlElements({
        @XmlElement(name = "instrument", type = XInstrument.class),
        @XmlElement(name = "provision", type = XProvision.class),
        @XmlElement(name = "value", type = XValue.class),
        @XmlElement(name = "window", type = XWindow.class),
        @XmlElement(name = "ban", type = XBan.class),
        @XmlElement(name = "permission", type = XPermission.class),
        @XmlElement(name = "hazardClause", type = XHazardClause.class),
        @XmlElement(name = "list", type = XList.class),
        @XmlElement(name = "gap", type = XGap.class),
        @XmlElement(name = "listScope", type = XListScope.class),
        @XmlElement(name = "requires", type = XRequires.class),
        @XmlElement(name = "sanction", type = XSanction.class)
    })
    public List<Object> items = new ArrayList<>();
}
