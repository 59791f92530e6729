package io.leadflow.lead;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staged rows of an import: parsed once at upload, then marked CREATED, MERGED or REJECTED. */
@Repository
class ImportRows {

    /** One staged row; form is the lead form as JSON, null when the row is invalid. */
    record Row(
            int line, int chunk, String status, String email, String form, String raw, String error, String leadId) {}

    /** What became of a staged row. */
    record Outcome(int line, String status, String leadId) {}

    private static final String COLUMNS = "line_no, chunk_no, status, email, form, raw, error, lead_id";
    // one branch per status, each an index range: for "status in (…)" H2 uses only the import id of
    // the index and reads every row of the import (0.4 s per progress poll at 100,000 rows)
    private static final String ERROR_ROWS = "select " + COLUMNS
            + " from lead_import_row where import_id = :id and status = 'INVALID' union all select " + COLUMNS
            + " from lead_import_row where import_id = :id and status = 'REJECTED' order by line_no";
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ImportRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(String importId, List<Row> rows) {
        batch.batchUpdate(
                "insert into lead_import_row (import_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, null)",
                rows,
                1000,
                (ps, row) -> {
                    ps.setString(1, importId);
                    ps.setInt(2, row.line());
                    ps.setInt(3, row.chunk());
                    ps.setString(4, row.status());
                    ps.setString(5, row.email());
                    ps.setString(6, row.form());
                    ps.setString(7, row.raw());
                    ps.setString(8, row.error());
                });
    }

    // "order by import_id, line_no" walks the primary key and stops at the limit; H2 sorts every row
    // of the import for "order by line_no" alone (0.5-1 s per progress poll at 100,000 rows)
    List<Row> first(String importId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from lead_import_row where import_id = ?"
                        + " order by import_id, line_no limit ?")
                .params(importId, limit)
                .query(ImportRows::map)
                .list();
    }

    List<Row> errors(String importId, int limit) {
        return jdbc.sql(ERROR_ROWS + " limit :limit")
                .param("id", importId)
                .param("limit", limit)
                .query(ImportRows::map)
                .list();
    }

    /** Streams rejected rows in file order, so a large error file never sits in memory. */
    void eachRejected(String importId, Consumer<Row> consumer) {
        // closing the stream releases its connection
        try (Stream<Row> rows = jdbc.sql(ERROR_ROWS).param("id", importId).query(ImportRows::map).stream()) {
            rows.forEach(consumer);
        }
    }

    List<Row> chunk(String importId, int chunk) {
        return jdbc.sql("select " + COLUMNS + " from lead_import_row where import_id = ? and chunk_no = ?"
                        + " order by line_no")
                .params(importId, chunk)
                .query(ImportRows::map)
                .list();
    }

    void finish(String importId, int line, String status, String leadId, String error) {
        jdbc.sql("update lead_import_row set status = ?, lead_id = ?, error = coalesce(?, error)"
                        + " where import_id = ? and line_no = ?")
                .params(status, leadId, error, importId, line)
                .update();
    }

    void finishAll(String importId, List<Outcome> outcomes) {
        batch.batchUpdate(
                "update lead_import_row set status = ?, lead_id = ? where import_id = ? and line_no = ?",
                outcomes,
                1000,
                (ps, outcome) -> {
                    ps.setString(1, outcome.status());
                    ps.setString(2, outcome.leadId());
                    ps.setString(3, importId);
                    ps.setInt(4, outcome.line());
                });
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getInt(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }
}
