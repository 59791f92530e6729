package io.leadflow.engagement;

import io.leadflow.lead.LeadErased;
import io.leadflow.lead.LeadId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The engagement_event table: every event with the points it was credited. */
@Component
class EventStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    EventStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A stored event of a batch: the row to insert. */
    record Row(LeadId leadId, EngagementEvent event, Instant occurredAt, int points, String rule) {}

    /** Which of these (lead, client event id) pairs are stored already, as "leadId eventId". */
    Set<String> known(Collection<LeadId> leadIds, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select lead_id, event_id from engagement_event"
                        + " where lead_id in (:leads) and event_id in (:events)")
                .param("leads", leadIds.stream().map(LeadId::value).toList())
                .param("events", eventIds)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .list());
    }

    /** Points already credited on one (UTC) day per lead and type, as "leadId type". */
    Map<String, Integer> creditedOnDay(Collection<LeadId> leadIds, Instant day) {
        Map<String, Integer> credited = new HashMap<>();
        jdbc.sql("select lead_id, type, sum(points) from engagement_event where lead_id in (:leads)"
                        + " and occurred_at >= :from and occurred_at < :to and points > 0 group by lead_id, type")
                .param("leads", leadIds.stream().map(LeadId::value).toList())
                .param("from", Timestamp.from(day))
                .param("to", Timestamp.from(day.plus(1, ChronoUnit.DAYS)))
                .query(rs -> {
                    credited.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
                });
        return credited;
    }

    void addAll(List<Row> rows, Instant receivedAt) {
        Timestamp received = Timestamp.from(receivedAt);
        batch.batchUpdate(
                "insert into engagement_event (lead_id, event_id, type, content, url, occurred_at, received_at,"
                        + " points, rule) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.stream()
                        .map(row -> new Object[] {
                            row.leadId().value(),
                            row.event().eventId(),
                            row.event().type().name(),
                            row.event().content(),
                            row.event().url(),
                            Timestamp.from(row.occurredAt()),
                            received,
                            row.points(),
                            row.rule()
                        })
                        .toList());
    }

    static Instant utcDay(Instant at) {
        return at.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
    }

    @EventListener
    void on(LeadErased erased) {
        forget(erased.leadId());
    }

    void forget(LeadId leadId) {
        jdbc.sql("delete from engagement_event where lead_id = ?")
                .param(leadId.value())
                .update();
    }
}
