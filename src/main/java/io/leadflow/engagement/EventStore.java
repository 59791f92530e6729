package io.leadflow.engagement;

import io.leadflow.lead.LeadErased;
import io.leadflow.lead.LeadId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

    /** A lead and the id a client gave one of its events. */
    record ClientEventId(LeadId leadId, String eventId) {}

    /**
     * Which of these pairs are stored already, as "leadId eventId". Joined pair by pair on the unique
     * (lead, event id) index: "lead in (…) and event id in (…)" made the database read every stored
     * event of the batch's leads, which grows with each lead's history.
     */
    Set<String> known(Collection<ClientEventId> pairs) {
        if (pairs.isEmpty()) {
            return Set.of();
        }
        String values =
                String.join(", ", Collections.nCopies(pairs.size(), "(cast(? as varchar), cast(? as varchar))"));
        List<Object> params = new ArrayList<>();
        pairs.forEach(pair -> {
            params.add(pair.leadId().value());
            params.add(pair.eventId());
        });
        return new HashSet<>(jdbc.sql("select e.lead_id, e.event_id from (values " + values
                        + ") as v(lead_id, event_id) join engagement_event e"
                        + " on e.lead_id = v.lead_id and e.event_id = v.event_id")
                .params(params)
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
