package com.exzentcg.platform.importing;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A real import run: what it imports, how far it got, how it ended. Written outside the import's own transaction. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public static final String ID_PREFIX = "imp";

    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;
    @Column(name = "total_rows", nullable = false)
    private int totalRows;
    @Column(name = "processed_rows", nullable = false)
    private int processedRows;
    private String message;
    @Column(nullable = false)
    private String actor;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Version
    private long version;

    protected ImportJob() {
    }

    ImportJob(ImportKind kind, int totalRows, String actor) {
        this.id = Ids.next(ID_PREFIX);
        this.kind = kind;
        this.status = ImportStatus.RUNNING;
        this.totalRows = totalRows;
        this.actor = actor;
        this.createdAt = Timestamps.now();
    }

    void advance(int processed) {
        this.processedRows = Math.min(processed, totalRows);
    }

    void succeed(String message) {
        this.status = ImportStatus.SUCCEEDED;
        this.processedRows = totalRows;
        finish(message);
    }

    void fail(String message) {
        this.status = ImportStatus.FAILED;
        finish(message);
    }

    private void finish(String text) {
        this.message = text;
        this.finishedAt = Timestamps.now();
    }

    public String id() { return id; }
    public ImportKind kind() { return kind; }
    public ImportStatus status() { return status; }
    public int totalRows() { return totalRows; }
    public int processedRows() { return processedRows; }
    public String message() { return message; }
    public String actor() { return actor; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime finishedAt() { return finishedAt; }
}
