package io.leadflow.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import tables: one row per upload, its staged rows, and the chunks workers claim. */
@Repository
class ImportStore {

    /** The stored head of an import. */
    record Head(
            String id,
            String fileName,
            String header,
            char delimiter,
            LeadImport.Status status,
            int total,
            int invalid,
            int processed,
            int created,
            int merged,
            int rejected,
            String notes,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt) {}

    private static final String HEAD = "select id, file_name, header, delimiter, status, total, invalid, processed,"
            + " created, merged, rejected, notes, created_at, started_at, finished_at from lead_import";

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Head head, String hash, String by) {
        jdbc.sql("insert into lead_import (id, file_name, file_hash, header, delimiter, status, total, invalid,"
                        + " processed, created, merged, rejected, notes, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?)")
                .params(
                        head.id(),
                        head.fileName(),
                        hash,
                        head.header(),
                        String.valueOf(head.delimiter()),
                        head.status().name(),
                        head.total(),
                        head.invalid(),
                        head.notes(),
                        by,
                        Timestamp.from(head.createdAt()))
                .update();
    }

    void saveNotes(String id, String notes) {
        jdbc.sql("update lead_import set notes = ? where id = ?")
                .params(notes, id)
                .update();
    }

    Optional<Head> find(String id) {
        return jdbc.sql(HEAD + " where id = ?")
                .param(id)
                .query(ImportStore::head)
                .optional();
    }

    List<Head> latest(int limit) {
        return jdbc.sql(HEAD + " order by created_at desc limit ?")
                .param(limit)
                .query(ImportStore::head)
                .list();
    }

    Optional<Instant> importedBefore(String hash, String exceptId) {
        return jdbc.sql(
                        "select min(created_at) from lead_import where file_hash = ? and id <> ? and status <> 'PREVIEW'")
                .params(hash, exceptId)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    /** PREVIEW → RUNNING once: its chunks become claimable. False when it was started already. */
    boolean start(String id, Instant now) {
        if (jdbc.sql("update lead_import set status = 'RUNNING', started_at = ? where id = ? and status = 'PREVIEW'")
                        .params(Timestamp.from(now), id)
                        .update()
                == 0) {
            return false;
        }
        jdbc.sql("insert into lead_import_chunk (import_id, chunk_no, status, attempts)"
                        + " select distinct import_id, chunk_no, 'PENDING', 0 from lead_import_row where import_id = ?")
                .param(id)
                .update();
        jdbc.sql("update lead_import set status = 'DONE', finished_at = ? where id = ? and total = 0")
                .params(Timestamp.from(now), id)
                .update();
        return true;
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4).charAt(0),
                LeadImport.Status.valueOf(rs.getString(5)),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getString(12),
                rs.getTimestamp(13).toInstant(),
                instant(rs.getTimestamp(14)),
                instant(rs.getTimestamp(15)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
