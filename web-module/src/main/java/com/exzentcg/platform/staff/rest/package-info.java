/**
 * HTTP face of staff and access: {@code /admin/auth}, {@code /admin/staff}, and the filters
 * that authenticate every {@code /admin} call and authorize it against {@code @RolesAllowed}.
 */
package com.exzentcg.platform.staff.rest;
