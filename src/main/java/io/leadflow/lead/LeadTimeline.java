package io.leadflow.lead;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Everything that happened to a lead: stage changes, emails, sales decisions, CRM handover. */
@Component
public class LeadTimeline {

    private static final String COLUMNS = "lead_id, occurred_at, type, summary";
    private static final String INSERT = "insert into lead_timeline (" + COLUMNS + ") values (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    LeadTimeline(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    public void record(LeadId leadId, String type, String summary) {
        jdbc.sql(INSERT)
                .params(leadId.value(), Timestamp.from(clock.instant()), type, abbreviate(summary))
                .update();
    }

    /** Entries of one type in one batch; a lead may have several (each its own summary). */
    public void recordAll(String type, List<Map.Entry<LeadId, String>> summaries) {
        if (!summaries.isEmpty()) {
            batch.batchUpdate(INSERT, rows(clock.instant(), type, summaries));
        }
    }

    /** The same entries, all at one instant, added to a statement of several tables' rows. */
    void addAll(Inserts statement, Instant at, String type, List<Map.Entry<LeadId, String>> summaries) {
        statement.into("lead_timeline", COLUMNS, rows(at, type, summaries));
    }

    private static List<Object[]> rows(Instant at, String type, List<Map.Entry<LeadId, String>> summaries) {
        Timestamp occurredAt = Timestamp.from(at);
        return summaries.stream()
                .map(entry -> new Object[] {entry.getKey().value(), occurredAt, type, abbreviate(entry.getValue())})
                .toList();
    }

    public List<TimelineEntry> newestFirst(LeadId leadId) {
        return jdbc.sql("select occurred_at, type, summary from lead_timeline where lead_id = ?"
                        + " order by occurred_at desc, id desc")
                .param(leadId.value())
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
    }

    void forget(LeadId leadId) {
        jdbc.sql("delete from lead_timeline where lead_id = ?")
                .param(leadId.value())
                .update();
    }

    private static String abbreviate(String summary) {
        return summary.length() <= 1000 ? summary : summary.substring(0, 997) + "...";
    }
}
