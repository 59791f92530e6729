package io.leadflow.lead;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Everything that happened to a lead: stage changes, emails, sales decisions, CRM handover. */
@Component
public class LeadTimeline {

    private final JdbcClient jdbc;
    private final Clock clock;

    LeadTimeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(LeadId leadId, String type, String summary) {
        jdbc.sql("insert into lead_timeline (lead_id, occurred_at, type, summary) values (?, ?, ?, ?)")
                .params(leadId.value(), Timestamp.from(clock.instant()), type, abbreviate(summary))
                .update();
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
