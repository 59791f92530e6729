package io.leadflow.lead;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based reads and score updates for many leads at once (an event batch, an outbox batch): one
 * statement per step instead of one per lead. Score updates need the leads locked first
 * ({@link #lockForScoring}).
 */
@Repository
public class LeadBulk {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LeadBulk(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** A locked lead as engagement scoring reads it: the MQL rule's inputs and whether it met it before. */
    public record ScoringState(
            LeadId id, LifecycleStage stage, String fitGrade, double engagement, boolean engagementQualified) {

        /** The same lead with a new engagement score and MQL flag. */
        public ScoringState scored(double newEngagement, boolean qualified) {
            return new ScoringState(id, stage, fitGrade, newEngagement, qualified);
        }
    }

    /**
     * Locks the live (not erased) leads among these ids until the transaction ends, in id order, so two
     * batches sharing leads wait for each other instead of deadlocking; answers their scoring state,
     * read under the lock, so scores can be written back as values instead of increments.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<LeadId, ScoringState> lockForScoring(Collection<LeadId> ids) {
        Map<LeadId, ScoringState> states = new HashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        jdbc.sql("select id, lifecycle_stage, fit_grade, engagement_score, engagement_qualified from lead"
                        + " where id in (:ids) and erased_at is null order by id for update")
                .param("ids", values(ids).stream().sorted().toList())
                .query(rs -> {
                    LeadId id = new LeadId(rs.getString(1));
                    states.put(
                            id,
                            new ScoringState(
                                    id,
                                    LifecycleStage.valueOf(rs.getString(2)),
                                    rs.getString(3),
                                    rs.getDouble(4),
                                    rs.getBoolean(5)));
                });
        return states;
    }

    /** Writes locked leads' engagement scores and MQL flags ({@link #lockForScoring}), one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void storeScoring(Collection<ScoringState> states) {
        if (!states.isEmpty()) {
            batch.batchUpdate(
                    "update lead set engagement_score = ?, engagement_qualified = ? where id = ?",
                    states.stream()
                            .map(state -> new Object[] {
                                state.engagement(),
                                state.engagementQualified(),
                                state.id().value()
                            })
                            .toList());
        }
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

    private static List<String> values(Collection<LeadId> ids) {
        return ids.stream().map(LeadId::value).toList();
    }
}
