package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.ShopeePartner;
import com.exzentcg.platform.connector.shopee.oauth.ShopeeAuthorization;
import com.exzentcg.platform.it.Deployments;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The resource adapter deploys inside the EAR and reaches EJBs through @Resource. */
@ExtendWith(ArquillianExtension.class)
class ShopeeConnectorIT {

    // Reference §11, vector V4 (public sign of the auth_partner link).
    private static final String K_TEST = "6a6f686e646f65746573746b65796e6f747265616c3030303030303030303032";

    @Deployment
    static EnterpriseArchive ear() {
        return Deployments.platformWithTest(ShopeeConnectorIT.class);
    }

    @EJB
    ShopeeAuthorization authorization;

    @Test
    void ejbSignsTheAuthorizationLinkThroughTheResourceAdapter() {
        var partner = new ShopeePartner("https://partner.test-stable.shopeemobile.com", 1000016, K_TEST);
        String url = authorization.signedLink(partner, "https://erp.example.com/cb?env=sandbox", 1657254106L);
        assertTrue(url.startsWith("https://partner.test-stable.shopeemobile.com/api/v2/shop/auth_partner?"), url);
        assertTrue(url.contains("sign=052b1eceb08e2d9f2ae19c5dad318ee857d5aa7b17303e195a06fc2efea5702d"), url);
        assertTrue(url.contains("redirect=https%3A%2F%2Ferp.example.com%2Fcb%3Fenv%3Dsandbox"), url);
    }
}
