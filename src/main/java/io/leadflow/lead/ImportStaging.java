package io.leadflow.lead;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Parses an upload into staged rows: each valid row keeps its lead form, each invalid one its reasons. */
@Component
class ImportStaging {

    private static final int MAX_RAW = 4000;
    private final ImportRowParser parser;
    private final ImportStore store;
    private final ImportRows rows;
    private final ObjectMapper json;
    private final Clock clock;

    ImportStaging(ImportRowParser parser, ImportStore store, ImportRows rows, ObjectMapper json, Clock clock) {
        this.parser = parser;
        this.store = store;
        this.rows = rows;
        this.json = json;
        this.clock = clock;
    }

    String stage(String id, ImportUpload upload) {
        CsvFile file;
        try {
            file = CsvFile.parse(upload.content());
        } catch (CsvFile.Unreadable unreadable) {
            throw ImportProblems.badFile(unreadable.getMessage());
        }
        ImportColumns columns = ImportColumns.of(file.header());
        if (!columns.hasEmail()) {
            throw ImportProblems.badFile("The header row has no email column (found: " + file.header() + ").");
        }
        List<ImportRows.Row> staged = new ArrayList<>(file.records().size());
        for (int i = 0; i < file.records().size(); i++) {
            staged.add(row(file, columns, file.records().get(i), i / LeadImports.CHUNK_SIZE, upload));
        }
        int invalid = (int)
                staged.stream().filter(row -> row.status().equals("INVALID")).count();
        String hash = ImportText.sha256(upload.content());
        List<String> notes = new ArrayList<>(columns.notes());
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "upload.csv" : upload.fileName();
        store.insert(
                new ImportStore.Head(
                        id,
                        ImportText.abbreviate(name, 255),
                        CsvFile.line(file.header(), file.delimiter()),
                        file.delimiter(),
                        LeadImport.Status.PREVIEW,
                        staged.size(),
                        invalid,
                        0,
                        0,
                        0,
                        0,
                        null,
                        clock.instant(),
                        null,
                        null),
                hash,
                upload.by());
        store.importedBefore(hash, id)
                .ifPresent(at -> notes.add("This file was imported before (" + at
                        + "): known emails merge into their leads, nothing is created twice"));
        rows.insert(id, staged);
        store.saveNotes(id, ImportText.abbreviate(String.join("\n", notes), 4000));
        return id;
    }

    private ImportRows.Row row(
            CsvFile file, ImportColumns columns, CsvFile.Record record, int chunk, ImportUpload upload) {
        Map<String, String> values = columns.values(record.values());
        String raw = CsvFile.line(record.values(), file.delimiter());
        ImportRowParser.Parsed parsed = parser.parse(values, defaulted(upload.source()), upload.campaign());
        List<String> errors = new ArrayList<>(parsed.errors());
        if (raw.length() > MAX_RAW) {
            errors.add("row is longer than " + MAX_RAW + " characters");
            raw = raw.substring(0, MAX_RAW);
        }
        String email = values.get("email") == null ? null : ImportText.abbreviate(values.get("email"), 320);
        return errors.isEmpty()
                ? new ImportRows.Row(record.line(), chunk, "VALID", email, toJson(parsed.form()), raw, null, null)
                : new ImportRows.Row(
                        record.line(),
                        chunk,
                        "INVALID",
                        email,
                        null,
                        raw,
                        ImportText.abbreviate(String.join("; ", errors), 1000),
                        null);
    }

    List<String> header(ImportStore.Head head) {
        return CsvFile.split(head.header(), head.delimiter()).stream()
                .map(String::trim)
                .toList();
    }

    ImportColumns columns(ImportStore.Head head) {
        return ImportColumns.of(header(head));
    }

    List<String> notes(ImportStore.Head head) {
        return head.notes() == null || head.notes().isEmpty()
                ? List.of()
                : List.of(head.notes().split("\n"));
    }

    /** The first rows as the marketer sees them: mapped values and the problems of each. */
    List<LeadImport.PreviewRow> preview(ImportStore.Head head) {
        ImportColumns columns = columns(head);
        return rows.first(head.id(), LeadImports.PREVIEW_ROWS).stream()
                .map(row -> new LeadImport.PreviewRow(
                        row.line(),
                        columns.values(CsvFile.split(row.raw(), head.delimiter())),
                        row.error() == null ? List.of() : List.of(row.error().split("; "))))
                .toList();
    }

    private static String defaulted(String source) {
        return source == null || source.isBlank() ? "import" : source;
    }

    private String toJson(LeadForm form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
