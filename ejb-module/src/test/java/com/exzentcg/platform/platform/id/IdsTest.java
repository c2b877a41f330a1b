package com.exzentcg.platform.platform.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idCarriesItsPrefixAndA26CharacterBody() {
        String id = Ids.next("sloc");
        assertTrue(id.matches("sloc_[0-9A-HJKMNP-TV-Z]{26}"), id);
    }

    @Test
    void laterMillisecondsSortAfterEarlierOnes() {
        String earlier = Ids.ulid(1_700_000_000_000L);
        String later = Ids.ulid(1_700_000_000_001L);
        assertTrue(earlier.substring(0, 10).compareTo(later.substring(0, 10)) < 0);
    }

    @Test
    void timePartEncodesTheMilliseconds() {
        assertEquals("0000000001", Ids.ulid(1L).substring(0, 10));
    }

    @Test
    void tenThousandIdsAreDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Ids.next("x"));
        }
        assertEquals(10_000, seen.size());
    }
}
