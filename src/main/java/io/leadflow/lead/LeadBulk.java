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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based reads and score updates for many leads at once (an event batch, an outbox batch): one
 * statement per step instead of one per lead. Score updates need the leads locked first ({@link #lock}).
 */
@Repository
public class LeadBulk {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LeadBulk(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Of these ids, the leads that exist and are not erased. */
    public Set<LeadId> live(Collection<LeadId> ids) {
        return ids.isEmpty()
                ? Set.of()
                : ids(jdbc.sql("select id from lead where id in (:ids) and erased_at is null")
                        .param("ids", values(ids))
                        .query(String.class)
                        .list());
    }

    /** Lead ids by normalised (trimmed, lower-case) email, for those emails that belong to a lead. */
    public Map<String, LeadId> idsByEmail(Collection<String> normalisedEmails) {
        Map<String, LeadId> ids = new HashMap<>();
        if (normalisedEmails.isEmpty()) {
            return ids;
        }
        jdbc.sql("select email, id from lead where email in (:emails)")
                .param("emails", normalisedEmails)
                .query(rs -> {
                    ids.put(rs.getString(1), new LeadId(rs.getString(2)));
                });
        return ids;
    }

    /**
     * Locks the leads until the transaction ends, in id order, so two batches sharing leads wait for
     * each other instead of deadlocking; answers those that exist.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<LeadId> lock(Collection<LeadId> ids) {
        return ids.isEmpty()
                ? Set.of()
                : ids(jdbc.sql("select id from lead where id in (:ids) order by id for update")
                        .param("ids", values(ids).stream().sorted().toList())
                        .query(String.class)
                        .list());
    }

    /** Adds (or, negative, takes) each lead's engagement points (leads locked); answers the new scores. */
    public Map<LeadId, Double> addEngagement(Map<LeadId, Double> points) {
        if (points.isEmpty()) {
            return Map.of();
        }
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

    /** The leads with these ids, in no particular order. */
    public List<Lead> find(Collection<LeadId> ids) {
        return ids.isEmpty()
                ? List.of()
                : jdbc.sql("select " + LeadRepository.COLUMNS + " from lead where id in (:ids)")
                        .param("ids", values(ids))
                        .query(LeadRepository::map)
                        .list();
    }

    /** Stores whether each lead meets the MQL rule; answers the leads that met it before (for crossings). */
    public Set<LeadId> markEngagementQualified(Map<LeadId, Boolean> qualified) {
        if (qualified.isEmpty()) {
            return Set.of();
        }
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
