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

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    LeadTimeline(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    public void record(LeadId leadId, String type, String summary) {
        jdbc.sql("insert into lead_timeline (lead_id, occurred_at, type, summary) values (?, ?, ?, ?)")
                .params(leadId.value(), Timestamp.from(clock.instant()), type, abbreviate(summary))
                .update();
    }

    /** Entries of one type in one batch; a lead may have several (each its own summary). */
    public void recordAll(String type, List<Map.Entry<LeadId, String>> summaries) {
        if (summaries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        batch.batchUpdate(
                "insert into lead_timeline (lead_id, occurred_at, type, summary) values (?, ?, ?, ?)",
                summaries,
                summaries.size(),
                (ps, entry) -> {
                    ps.setString(1, entry.getKey().value());
                    ps.setTimestamp(2, now);
                    ps.setString(3, type);
                    ps.setString(4, abbreviate(entry.getValue()));
                });
    }

    /** The same entries, all at one instant, added to a statement of several tables' rows. */
    void addAll(Inserts statement, Instant at, String type, List<Map.Entry<LeadId, String>> summaries) {
        Timestamp occurredAt = Timestamp.from(at);
        statement.into(
                "lead_timeline",
                "lead_id, occurred_at, type, summary",
                summaries.stream()
                        .map(entry ->
                                new Object[] {entry.getKey().value(), occurredAt, type, abbreviate(entry.getValue())})
                        .toList());
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
