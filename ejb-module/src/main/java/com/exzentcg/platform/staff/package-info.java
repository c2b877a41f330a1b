/**
 * Staff users, their roles and server-side sessions: login, token authentication, lockout,
 * password rotation and staff management. Owns {@code staff_user} and {@code staff_session}.
 */
package com.exzentcg.platform.staff;
