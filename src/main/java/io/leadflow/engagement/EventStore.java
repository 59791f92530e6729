package io.leadflow.engagement;

import io.leadflow.lead.LeadErased;
import io.leadflow.lead.LeadId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The engagement_event table: every event with the points it was credited. */
@Component
class EventStore {

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean contains(LeadId leadId, String eventId) {
        return eventId != null
                && jdbc.sql("select count(*) from engagement_event where lead_id = ? and event_id = ?")
                                .params(leadId.value(), eventId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** Points already credited for this type on the event's (UTC) day, for the daily cap. */
    int creditedOnDay(LeadId leadId, EventType type, Instant occurredAt) {
        Instant day =
                occurredAt.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        return jdbc.sql("select coalesce(sum(points), 0) from engagement_event where lead_id = ? and type = ?"
                        + " and occurred_at >= ? and occurred_at < ? and points > 0")
                .params(leadId.value(), type.name(), Timestamp.from(day), Timestamp.from(day.plus(1, ChronoUnit.DAYS)))
                .query(Integer.class)
                .single();
    }

    void add(LeadId leadId, EngagementEvent event, Instant occurredAt, Instant receivedAt, int points, String rule) {
        jdbc.sql(
                        "insert into engagement_event (lead_id, event_id, type, content, url, occurred_at, received_at, points,"
                                + " rule) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        leadId.value(),
                        event.eventId(),
                        event.type().name(),
                        event.content(),
                        event.url(),
                        Timestamp.from(occurredAt),
                        Timestamp.from(receivedAt),
                        points,
                        rule)
                .update();
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
