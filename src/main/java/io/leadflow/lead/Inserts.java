package io.leadflow.lead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for several tables written by one JDBC statement: a multi-row insert per table, the inserts
 * joined into one statement list. New leads' rows, stage history and timeline entries then cost one
 * round trip instead of one per table; on PostgreSQL that round trip, not the rows, was most of their
 * cost (a capture used 15–20% less CPU in a probe). H2 runs the list in order with its parameters.
 */
final class Inserts {

    /** Rows per table and statement: bounds the statement's text and its parameter count. */
    static final int MAX_ROWS = 100;

    private final List<String> statements = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code insert into table (columns) values …} with one row per array, in the columns' order. */
    Inserts into(String table, String columns, List<Object[]> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException(rows.size() + " rows for " + table + ", at most " + MAX_ROWS);
        }
        if (!rows.isEmpty()) {
            String row = "(" + String.join(", ", Collections.nCopies(rows.get(0).length, "?")) + ")";
            statements.add("insert into " + table + " (" + columns + ") values "
                    + String.join(", ", Collections.nCopies(rows.size(), row)));
            rows.forEach(values -> params.addAll(Arrays.asList(values)));
        }
        return this;
    }

    void execute(JdbcTemplate jdbc) {
        if (!statements.isEmpty()) {
            jdbc.update(String.join("; ", statements), params.toArray());
        }
    }
}
