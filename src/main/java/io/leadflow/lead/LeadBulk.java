package io.leadflow.lead;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Set-based reads and score updates for many leads at once (an event batch): one statement per
 * step instead of one per lead. Callers lock the leads first ({@link #lock}).
 */
@Repository
class LeadBulk {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LeadBulk(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Set<LeadId> live(Collection<LeadId> ids) {
        return ids(jdbc.sql("select id from lead where id in (:ids) and erased_at is null")
                .param("ids", values(ids))
                .query(String.class)
                .list());
    }

    Map<String, LeadId> idsByEmail(Collection<String> normalisedEmails) {
        Map<String, LeadId> ids = new HashMap<>();
        jdbc.sql("select email, id from lead where email in (:emails)")
                .param("emails", normalisedEmails)
                .query(rs -> {
                    ids.put(rs.getString(1), new LeadId(rs.getString(2)));
                });
        return ids;
    }

    /** Row locks in id order, so two batches sharing leads wait for each other instead of deadlocking. */
    Set<LeadId> lock(Collection<LeadId> ids) {
        return ids(jdbc.sql("select id from lead where id in (:ids) order by id for update")
                .param("ids", values(ids).stream().sorted().toList())
                .query(String.class)
                .list());
    }

    /** Adds each lead's points; answers the new scores. */
    Map<LeadId, Double> addEngagement(Map<LeadId, Double> points) {
        List<Object[]> rows = points.entrySet().stream()
                .map(entry -> new Object[] {entry.getValue(), entry.getKey().value()})
                .toList();
        batch.batchUpdate("update lead set engagement_score = engagement_score + ? where id = ?", rows);
        Map<LeadId, Double> scores = new HashMap<>();
        jdbc.sql("select id, engagement_score from lead where id in (:ids)")
                .param("ids", values(points.keySet()))
                .query(rs -> {
                    scores.put(new LeadId(rs.getString(1)), rs.getDouble(2));
                });
        return scores;
    }

    List<Lead> find(Collection<LeadId> ids) {
        return jdbc.sql("select " + LeadRepository.COLUMNS + " from lead where id in (:ids)")
                .param("ids", values(ids))
                .query(LeadRepository::map)
                .list();
    }

    /** Stores whether each lead meets the MQL rule; answers the leads that met it before. */
    Set<LeadId> markEngagementQualified(Map<LeadId, Boolean> qualified) {
        Set<LeadId> before = ids(jdbc.sql("select id from lead where id in (:ids) and engagement_qualified = true")
                .param("ids", values(qualified.keySet()))
                .query(String.class)
                .list());
        List<Object[]> changes = qualified.entrySet().stream()
                .filter(entry -> entry.getValue() != before.contains(entry.getKey()))
                .map(entry -> new Object[] {entry.getValue(), entry.getKey().value()})
                .toList();
        if (!changes.isEmpty()) {
            batch.batchUpdate("update lead set engagement_qualified = ? where id = ?", changes);
        }
        return before;
    }

    private static List<String> values(Collection<LeadId> ids) {
        return ids.stream().map(LeadId::value).toList();
    }

    private static Set<LeadId> ids(List<String> values) {
        Set<LeadId> ids = new HashSet<>();
        values.forEach(value -> ids.add(new LeadId(value)));
        return ids;
    }
}
