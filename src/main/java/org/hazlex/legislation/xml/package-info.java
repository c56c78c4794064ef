/** JAXB binding of legislation/schema/legislation.xsd: annotated, logic-free classes. */
@XmlSchema(namespace = "urn:hazlex:legislation:1", elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = "urn:hazlex:legislation:1"))
@XmlAccessorType(XmlAccessType.FIELD)
package org.hazlex.legislation.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
