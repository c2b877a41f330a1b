package com.exzentcg.platform.staff.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few admin endpoints a user whose password must be changed may still call (who am I,
 * change password, logout). Everything else answers 403 until the password is changed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PasswordChangeExempt {
}
