package io.leadflow.lead;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Moves leads between lifecycle stages and keeps the history that time-in-stage reports read. */
@Component
public class LeadStages {

    private final JdbcClient jdbc;
    private final LeadTimeline timeline;
    private final StageFacts facts;
    private final Clock clock;

    LeadStages(JdbcClient jdbc, LeadTimeline timeline, StageFacts facts, Clock clock) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.facts = facts;
        this.clock = clock;
    }

    /** Records the move unless the lead is already in that stage; backward moves (recycle) are normal. */
    @Transactional
    public void enter(LeadId leadId, LifecycleStage stage, String reason) {
        LifecycleStage current = currentStage(leadId);
        if (current == stage) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        facts.closeOpenStay(leadId, stage, now);
        facts.insertEntry(leadId, stage, current, reason, now);
        facts.markReached(leadId, stage, now);
        jdbc.sql("update lead set lifecycle_stage = ?, updated_at = ? where id = ?")
                .params(stage.name(), now, leadId.value())
                .update();
        timeline.record(leadId, "STAGE_CHANGED", describe(current, stage, reason));
    }

    public List<StageChange> history(LeadId leadId) {
        return jdbc.sql("select stage, from_stage, reason, entered_at, left_at from lead_stage_history"
                        + " where lead_id = ? order by entered_at, id")
                .param(leadId.value())
                .query((rs, n) -> new StageChange(
                        LifecycleStage.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : LifecycleStage.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        instant(rs.getTimestamp(5))))
                .list();
    }

    /**
     * Recomputes the history's derived report columns from the rows (for histories imported or written
     * around {@link #enter}); the stage changes keep them current themselves.
     */
    @Transactional
    public void rebuildReportFacts() {
        facts.rebuild();
    }

    /** New leads enter LEAD: their history rows and timeline entries, added to the statement. */
    void recordInitial(List<NewLead> leads, Instant at, Inserts statement) {
        Timestamp now = Timestamp.from(at);
        statement.into(
                "lead_stage_history",
                "lead_id, stage, reason, entered_at",
                leads.stream()
                        .map(lead -> new Object[] {
                            lead.id().value(), LifecycleStage.LEAD.name(), capturedFrom(lead.form()), now
                        })
                        .toList());
        timeline.addAll(
                statement,
                at,
                "STAGE_CHANGED",
                leads.stream()
                        .map(lead ->
                                Map.entry(lead.id(), describe(null, LifecycleStage.LEAD, capturedFrom(lead.form()))))
                        .toList());
    }

    private static String capturedFrom(LeadForm form) {
        return "Captured from " + (form.source() == null ? "API" : form.source());
    }

    private LifecycleStage currentStage(LeadId leadId) {
        return jdbc.sql("select lifecycle_stage from lead where id = ?")
                .param(leadId.value())
                .query((rs, n) -> LifecycleStage.valueOf(rs.getString(1)))
                .optional()
                .orElseThrow(() -> new LeadNotFoundException(leadId));
    }

    private static String describe(LifecycleStage from, LifecycleStage to, String reason) {
        String move = from == null ? "Entered " + to : from + " → " + to;
        return reason == null || reason.isBlank() ? move : move + ": " + reason;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
