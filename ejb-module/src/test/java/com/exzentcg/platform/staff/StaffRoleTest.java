package com.exzentcg.platform.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaffRoleTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertTrue(StaffRole.OWNER.includes(Roles.VIEWER));
        assertTrue(StaffRole.OWNER.includes(Roles.OWNER));
        assertTrue(StaffRole.ADMIN.includes(Roles.OPERATOR));
        assertTrue(StaffRole.OPERATOR.includes(Roles.VIEWER));
        assertFalse(StaffRole.ADMIN.includes(Roles.OWNER));
        assertFalse(StaffRole.VIEWER.includes(Roles.OPERATOR));
    }

    @Test
    void unknownRoleNamesGrantNothing() {
        assertFalse(StaffRole.OWNER.includes("root"));
        assertFalse(StaffRole.OWNER.includes("OWNER"));
    }

    @Test
    void wireNamesAreTheRoleConstants() {
        assertEquals(Roles.OWNER, StaffRole.OWNER.wireName());
        assertEquals(Roles.VIEWER, StaffRole.VIEWER.wireName());
        assertEquals(StaffRole.ADMIN, StaffRole.fromWire(" Admin "));
        assertTrue("operator".matches(StaffRole.PATTERN));
        assertFalse("boss".matches(StaffRole.PATTERN));
    }
}
