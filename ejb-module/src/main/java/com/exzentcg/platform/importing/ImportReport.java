package com.exzentcg.platform.importing;

import java.util.List;

/** The outcome of checking a file: every bad row, so an operator can fix them all at once. */
public record ImportReport(ImportKind kind, int totalRows, int validRows, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
