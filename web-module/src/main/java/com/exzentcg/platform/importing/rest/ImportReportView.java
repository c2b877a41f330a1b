package com.exzentcg.platform.importing.rest;

import com.exzentcg.platform.importing.ImportReport;
import com.exzentcg.platform.importing.RowError;
import java.util.List;

/** A dry run's answer: nothing was written; {@code errors} lists every bad row. */
public record ImportReportView(String kind, boolean dryRun, int totalRows, int validRows, List<RowError> errors) {

    public static ImportReportView from(ImportReport r) {
        return new ImportReportView(r.kind().wireName(), true, r.totalRows(), r.validRows(), r.errors());
    }
}
