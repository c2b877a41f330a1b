package com.exzentcg.platform.platform.error;

/** One rejected input field, named as the client sent it (snake_case). */
public record FieldError(String field, String message) {
}
