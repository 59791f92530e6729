package io.leadflow.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lead rows inserted by batch JDBC for the events benchmark at volume: plain marketing leads (stage
 * LEAD, no fit grade) without a lifecycle instance, so nothing for a crossing to correlate. Events
 * score them exactly as captured leads; capturing 100,000 leads over HTTP would take hours here.
 */
final class SeededLeads {

    private SeededLeads() {}

    static List<String> insert(JdbcTemplate jdbc, int count) {
        List<String> ids = new ArrayList<>(count);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            rows.add(new Object[] {id, "seeded-" + id + "@example.com", now, now});
            if (rows.size() == 5000 || i == count - 1) {
                jdbc.batchUpdate(
                        "insert into lead (id, email, consent_marketing_email, lifecycle_stage, buying_stage,"
                                + " engagement_score, created_at, updated_at)"
                                + " values (?, ?, true, 'LEAD', 'NO_NEED', 0, ?, ?)",
                        rows);
                rows.clear();
            }
        }
        return ids;
    }
}
