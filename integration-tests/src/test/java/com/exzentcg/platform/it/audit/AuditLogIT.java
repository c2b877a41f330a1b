package com.exzentcg.platform.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.exzentcg.platform.audit.AuditFilter;
import com.exzentcg.platform.audit.AuditLog;
import com.exzentcg.platform.audit.AuditRecord;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit boundary inside WildFly: an entry outlives the business transaction that rolled back. */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    @Deployment
    static EnterpriseArchive ear() {
        return Deployments.platformWithTest(AuditLogIT.class);
    }

    @EJB
    AuditLog auditLog;

    @Resource
    UserTransaction transaction;

    @Test
    void anEntryWrittenInsideARolledBackTransactionIsKept() throws Exception {
        String target = "it_" + UUID.randomUUID();
        transaction.begin();
        try {
            auditLog.record(new AuditRecord("user_it", "it@tcg.test", "POST", "/admin/it", "/admin/it/" + target,
                    target, 409, "127.0.0.1"));
        } finally {
            transaction.rollback();
        }
        var found = auditLog.list(PageRequest.first(),
                new AuditFilter(null, target, null, null, null, null, null, null));
        assertEquals(1, found.count());
        assertEquals(409, found.items().get(0).status());
        assertEquals("failure", found.items().get(0).succeeded() ? "success" : "failure");
    }
}
