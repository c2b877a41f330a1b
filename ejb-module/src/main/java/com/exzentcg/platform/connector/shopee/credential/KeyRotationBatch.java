package com.exzentcg.platform.connector.shopee.credential;

import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** One committed batch of a key rotation; it waits for a concurrent edit of a row rather than overwrite it. */
@Stateless
public class KeyRotationBatch {

    record Result(int rows, int rewritten, String lastId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Secrets secrets;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result run(String afterId, int size) {
        List<ShopeeProfile> rows = em.createQuery("select p from ShopeeProfile p where p.id > :after order by p.id",
                        ShopeeProfile.class)
                .setParameter("after", afterId).setMaxResults(size)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        int rewritten = 0;
        for (ShopeeProfile profile : rows) {
            rewritten += profile.reseal(secrets.box());
        }
        return new Result(rows.size(), rewritten, rows.isEmpty() ? afterId : rows.get(rows.size() - 1).id());
    }

    /** Rows still holding a secret under an older key. */
    public long remaining() {
        String current = "v1:" + secrets.box().currentKey().id() + ":%";
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM shopee_profile WHERE
                  (partner_key_secret IS NOT NULL AND partner_key_secret NOT LIKE ?1) OR
                  (push_partner_key_secret IS NOT NULL AND push_partner_key_secret NOT LIKE ?1) OR
                  (access_token_secret IS NOT NULL AND access_token_secret NOT LIKE ?1) OR
                  (refresh_token_secret IS NOT NULL AND refresh_token_secret NOT LIKE ?1)""")
                .setParameter(1, current).getSingleResult()).longValue();
    }

    public String currentKeyId() {
        return secrets.box().currentKey().id();
    }
}
