package com.exzentcg.platform.importing;

/** One problem in a CSV file: the file's line number (header = 1), the column, and what is wrong. */
public record RowError(int line, String field, String message) {
}
