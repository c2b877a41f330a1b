package com.exzentcg.platform.connector.shopee.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final MasterKey OLD = key(1);
    private static final MasterKey NEW = key(2);
    private static final String PARTNER_KEY = "shpk4a6f686e446f65546573744b65794e6f745265616c303030303030303031";
    private static final String CONTEXT = "shopee_profile.partner_key:prof_1";

    private static MasterKey key(int fill) {
        byte[] raw = new byte[32];
        java.util.Arrays.fill(raw, (byte) fill);
        return MasterKey.fromBase64(Base64.getEncoder().encodeToString(raw));
    }

    @Test
    void sealedValueOpensToThePlaintextAndNamesItsKey() {
        SecretBox box = new SecretBox(NEW, List.of());
        String sealed = box.seal(PARTNER_KEY, CONTEXT);
        assertTrue(sealed.startsWith("v1:" + NEW.id() + ":"), sealed);
        assertFalse(sealed.contains(PARTNER_KEY));
        assertEquals(PARTNER_KEY, box.open(sealed, CONTEXT));
    }

    @Test
    void everySealUsesAFreshNonce() {
        SecretBox box = new SecretBox(NEW, List.of());
        assertNotEquals(box.seal(PARTNER_KEY, CONTEXT), box.seal(PARTNER_KEY, CONTEXT));
    }

    @Test
    void ciphertextMovedToAnotherRowDoesNotOpen() {
        SecretBox box = new SecretBox(NEW, List.of());
        String sealed = box.seal(PARTNER_KEY, CONTEXT);
        assertThrows(SecretUnreadableException.class, () -> box.open(sealed, "shopee_profile.partner_key:prof_2"));
    }

    @Test
    void tamperedCiphertextDoesNotOpen() {
        SecretBox box = new SecretBox(NEW, List.of());
        String sealed = box.seal(PARTNER_KEY, CONTEXT);
        int payload = sealed.lastIndexOf(':') + 1;
        // Flip a bit of the decoded bytes: editing a Base64 character next to the padding can
        // touch only bits the decoder ignores, and then nothing was tampered with at all.
        byte[] raw = Base64.getDecoder().decode(sealed.substring(payload));
        for (int at : new int[] {0, raw.length / 2, raw.length - 1}) {
            byte[] changed = raw.clone();
            changed[at] ^= 0x01;
            String tampered = sealed.substring(0, payload) + Base64.getEncoder().encodeToString(changed);
            assertThrows(SecretUnreadableException.class, () -> box.open(tampered, CONTEXT), "byte " + at);
        }
    }

    @Test
    void previousKeysStillOpenAndResealMovesToTheCurrentKey() {
        String underOld = new SecretBox(OLD, List.of()).seal(PARTNER_KEY, CONTEXT);
        SecretBox ring = new SecretBox(NEW, List.of(OLD));
        assertEquals(PARTNER_KEY, ring.open(underOld, CONTEXT));
        assertFalse(ring.isCurrent(underOld));
        String resealed = ring.reseal(underOld, CONTEXT);
        assertTrue(ring.isCurrent(resealed));
        assertEquals(PARTNER_KEY, new SecretBox(NEW, List.of()).open(resealed, CONTEXT));
        assertEquals(resealed, ring.reseal(resealed, CONTEXT), "already current: untouched");
    }

    @Test
    void keyMissingFromTheRingIsReportedWithoutTheSecret() {
        String underOld = new SecretBox(OLD, List.of()).seal(PARTNER_KEY, CONTEXT);
        var e = assertThrows(SecretUnreadableException.class, () -> new SecretBox(NEW, List.of()).open(underOld, CONTEXT));
        assertTrue(e.getMessage().contains(OLD.id()));
        assertFalse(e.getMessage().contains(PARTNER_KEY));
    }

    @Test
    void keyIdsDifferPerKeyAndDerivedKeysPerPurpose() {
        assertNotEquals(OLD.id(), NEW.id());
        assertEquals(8, NEW.id().length());
        assertFalse(java.util.Arrays.equals(NEW.derive("a"), NEW.derive("b")));
    }

    @Test
    void fingerprintShowsEndsAndLengthOnly() {
        assertEquals("shpk…3031·len64", Fingerprint.of(PARTNER_KEY));
        assertEquals("…·len5", Fingerprint.of("short"));
    }
}
