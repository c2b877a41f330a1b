package com.exzentcg.platform.connector.shopee.jca;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The deployment descriptor names classes and properties that exist; a typo would only show at deploy. */
class IronJacamarXmlTest {

    @Test
    void binds_the_connection_definition_to_java_eis_shopee() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(Path.of("src/main/rar/META-INF/ironjacamar.xml").toFile());

        Element definition = (Element) xml.getElementsByTagNameNS("*", "connection-definition").item(0);
        assertEquals("java:/eis/shopee", definition.getAttribute("jndi-name"));
        assertEquals("shopee", definition.getAttribute("pool-name"));
        Class<?> mcf = Class.forName(definition.getAttribute("class-name"));
        assertEquals(ShopeeManagedConnectionFactory.class, mcf);
        assertEquals("NoTransaction",
                xml.getElementsByTagNameNS("*", "transaction-support").item(0).getTextContent());

        Map<String, String> properties = new HashMap<>();
        NodeList nodes = definition.getElementsByTagNameNS("*", "config-property");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element property = (Element) nodes.item(i);
            properties.put(property.getAttribute("name"), property.getTextContent());
        }
        assertEquals(Map.of(
                "connectTimeoutMillis", "${env.SHOPEE_HTTP_CONNECT_TIMEOUT_MS:5000}",
                "readTimeoutMillis", "${env.SHOPEE_HTTP_READ_TIMEOUT_MS:15000}",
                "maxAttempts", "${env.SHOPEE_HTTP_MAX_ATTEMPTS:3}",
                "backoffMillis", "${env.SHOPEE_HTTP_BACKOFF_MS:500}"), properties);
        for (String name : properties.keySet()) {
            String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            assertNotNull(mcf.getMethod(setter, Integer.class), setter);
        }
    }
}
