package com.exzentcg.platform.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Http.StaffMember;
import java.io.IOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A token issued before a server reload still works after it: sessions live in PostgreSQL, not
 * in the memory of the node that issued them. (A reload restarts every service and redeploys
 * the EAR in the same JVM, which is what a restart does to the application.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRestartIT {

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @Test
    void aTokenSurvivesAServerRestartAndARevokedOneStaysRevoked() throws Exception {
        StaffMember kept = Http.newStaff("viewer");
        StaffMember loggedOut = Http.newStaff("viewer");
        assertEquals(204, loggedOut.http().post("/admin/auth/logout", "").status());

        reloadServer();

        Http.Reply me = kept.http().get("/admin/auth/me");
        assertEquals(200, me.status(), me.body());
        assertEquals(kept.id(), me.json().getString("id"));
        assertEquals(401, loggedOut.http().get("/admin/auth/me").status());
    }

    private void reloadServer() throws InterruptedException {
        try {
            management.getControllerClient().execute(Operations.createOperation("reload"));
        } catch (IOException e) {
            // The connection may drop while the server goes down; the polling below decides.
        }
        Thread.sleep(2_000);
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (running() && new Http().get("/health").status() == 200) {
                return;
            }
            Thread.sleep(1_000);
        }
        fail("The server did not come back within 180 s after :reload");
    }

    private boolean running() {
        try {
            ModelNode result = management.getControllerClient().execute(
                    Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "server-state"));
            return Operations.isSuccessfulOutcome(result)
                    && "running".equals(Operations.readResult(result).asString());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

}
