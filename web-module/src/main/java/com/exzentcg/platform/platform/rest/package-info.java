/**
 * HTTP plumbing shared by every resource: the JAX-RS application, JSON-B configuration, the
 * contract's error body and its mappers, paging parameters and the list envelope.
 */
package com.exzentcg.platform.platform.rest;
