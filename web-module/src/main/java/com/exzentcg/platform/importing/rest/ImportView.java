package com.exzentcg.platform.importing.rest;

import com.exzentcg.platform.importing.ImportJob;
import com.exzentcg.platform.platform.persistence.Timestamps;
import java.time.Instant;

/** An import run and its progress; poll it until {@code status} is succeeded or failed. */
public record ImportView(String id, String kind, String status, int totalRows, int processedRows, String message,
        String actor, Instant createdAt, Instant finishedAt) {

    public static ImportView from(ImportJob j) {
        return new ImportView(j.id(), j.kind().wireName(), j.status().wireName(), j.totalRows(), j.processedRows(),
                j.message(), j.actor(), j.createdAt().toInstant(),
                Timestamps.instant(j.finishedAt()));
    }
}
