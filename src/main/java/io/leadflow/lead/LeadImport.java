package io.leadflow.lead;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A CSV import: its column mapping, preview, and progress (rows done of total, created, merged, rejected). */
public record LeadImport(
        String id,
        String fileName,
        Status status,
        int total,
        int valid,
        int invalid,
        int processed,
        int created,
        int merged,
        int rejected,
        int percent,
        Map<String, String> columns,
        List<String> notes,
        List<PreviewRow> preview,
        List<RowError> errors,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    /** PREVIEW: parsed, waiting for the marketer's go; QUEUED/RUNNING: chunks being processed; DONE. */
    public enum Status {
        PREVIEW,
        RUNNING,
        DONE
    }

    /** One of the first rows as it would be imported, with its problems (none = fine). */
    public record PreviewRow(int line, Map<String, String> values, List<String> errors) {}

    /** A row that cannot be imported, and why. */
    public record RowError(int line, String email, String reason) {}

    static int percent(int processed, int total) {
        return total == 0 ? 100 : (int) Math.floor(100.0 * processed / total);
    }
}
