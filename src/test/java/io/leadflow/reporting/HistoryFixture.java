package io.leadflow.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes leads and stage histories straight into the tables, in batches: test data only. */
final class HistoryFixture {

    /** One stage-history row; leftAt null while the lead is still in the stage. */
    record Stay(String leadId, String stage, String fromStage, String reason, Instant enteredAt, Instant leftAt) {}

    /** One lead row; erasedAt null unless erased. */
    record LeadRow(String id, String stage, String buyingStage, String source, String campaign, Instant erasedAt) {}

    private final JdbcTemplate jdbc;
    private final List<Object[]> leads = new ArrayList<>();
    private final List<Stay> stays = new ArrayList<>();

    HistoryFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties the two tables the reports read (the reporting tests use a database of their own). */
    static void clear(JdbcTemplate jdbc) {
        jdbc.update("delete from lead_stage_history");
        jdbc.update("delete from lead_timeline");
        jdbc.update("delete from lead");
    }

    HistoryFixture lead(LeadRow lead) {
        Instant created = Instant.parse("2020-01-01T00:00:00Z");
        leads.add(new Object[] {
            lead.id(),
            lead.id() + "@example.com",
            lead.source(),
            lead.campaign(),
            lead.stage(),
            lead.buyingStage(),
            timestamp(lead.erasedAt()),
            Timestamp.from(created),
            Timestamp.from(created)
        });
        return this;
    }

    HistoryFixture stay(Stay stay) {
        stays.add(stay);
        return this;
    }

    /** Writes what was collected, in batches of 10,000, and forgets it. */
    void flush() {
        batch(
                "insert into lead (id, email, source, campaign, lifecycle_stage, buying_stage, erased_at,"
                        + " created_at, updated_at, consent_marketing_email, engagement_score)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0)",
                leads);
        batch(
                "insert into lead_stage_history (lead_id, stage, from_stage, reason, entered_at, left_at, to_stage,"
                        + " prev_entered_at, reached_lead_at, reached_mql_at, reached_sal_at, reached_sql_at,"
                        + " reached_opportunity_at, reached_customer_at, advanced_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                StayFacts.rows(stays));
        stays.clear();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 10_000) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 10_000)));
        }
        rows.clear();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
