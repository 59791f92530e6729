package io.leadflow.scoring;

import io.leadflow.lead.LeadBulk;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LifecycleStage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/**
 * Implicit score: points per event from processes/engagement-points.dmn, and the MQL rule of
 * processes/lead-qualification.dmn, checked after every change. Qualifies once per crossing.
 */
@Component
public class EngagementScoring {

    /** What one event is worth before the daily cap: points, the cap (0 = none) and the rule's reason. */
    public record RulePoints(int points, int dailyCap, String rule) {}

    private static final Set<LifecycleStage> MARKETING_STAGES = Set.of(LifecycleStage.SUBSCRIBER, LifecycleStage.LEAD);
    private final ScoringDecisions decisions;
    private final LeadBulk bulk;
    private final Qualification qualification;

    EngagementScoring(ScoringDecisions decisions, LeadBulk bulk, Qualification qualification) {
        this.decisions = decisions;
        this.bulk = bulk;
        this.qualification = qualification;
    }

    public RulePoints rulePoints(String type, String content, String url) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("type", type);
        inputs.put("content", content);
        inputs.put("url", url);
        DmnDecisionResultEntries rule =
                decisions.evaluateRemembered("EngagementPoints", inputs).getFirstResult();
        return new RulePoints(number(rule.get("points")), number(rule.get("dailyCap")), rule.getEntry("rule"));
    }

    /** Whether a fit grade and engagement meet the MQL rule, and the rule's reason. */
    public record Verdict(boolean mql, String reason) {}

    public Verdict verdict(String fitGrade, double engagement) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("fitGrade", fitGrade);
        inputs.put("engagementScore", engagement);
        DmnDecisionResultEntries rule =
                decisions.evaluateRemembered("LeadQualification", inputs).getFirstResult();
        return new Verdict(Boolean.TRUE.equals(rule.get("mql")), rule.getEntry("reason"));
    }

    /** After the lead's fit changed: checks the MQL rule on its current score (locking it); qualifies a crossing. */
    public void recheck(LeadId id) {
        Map<LeadId, LeadBulk.ScoringState> locked = bulk.lockForScoring(List.of(id));
        if (!locked.isEmpty()) { // erased meanwhile
            applyAll(Map.of(id, 0.0), locked);
        }
    }

    /**
     * Adds each lead's points to the state read when it was locked ({@link LeadBulk#lockForScoring}),
     * checks the MQL rule once per lead and writes scores and flags in one batch; qualifies crossings.
     */
    public void applyAll(Map<LeadId, Double> credited, Map<LeadId, LeadBulk.ScoringState> locked) {
        List<LeadBulk.ScoringState> scored = new ArrayList<>();
        Map<LeadId, String> crossings = new LinkedHashMap<>();
        credited.forEach((id, points) -> {
            LeadBulk.ScoringState before = locked.get(id);
            double score = before.engagement() + points;
            Verdict verdict = verdict(before.fitGrade(), score);
            if (points != 0 || verdict.mql() != before.engagementQualified()) {
                scored.add(before.scored(score, verdict.mql()));
            }
            if (verdict.mql() && !before.engagementQualified() && MARKETING_STAGES.contains(before.stage())) {
                crossings.put(id, verdict.reason() + " (engagement " + Math.round(score) + ")");
            }
        });
        bulk.storeScoring(scored);
        crossings.forEach(qualification::qualify);
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
