package io.leadflow.scoring;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadBulk;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import io.leadflow.lead.LifecycleStage;
import java.util.HashMap;
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
    private final Leads leads;
    private final LeadBulk bulk;
    private final Qualification qualification;

    EngagementScoring(ScoringDecisions decisions, Leads leads, LeadBulk bulk, Qualification qualification) {
        this.decisions = decisions;
        this.leads = leads;
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

    /** Call with the lead locked ({@link Leads#lock}): adds the points and checks the MQL rule. */
    public void apply(LeadId id, double credited) {
        double score = leads.addEngagement(id, credited);
        Lead lead = leads.require(id);
        Verdict verdict = verdict(lead.score().fitGrade(), score);
        boolean wasMql = leads.markEngagementQualified(id, verdict.mql());
        if (verdict.mql() && !wasMql && MARKETING_STAGES.contains(lead.stage())) {
            qualification.qualify(id, verdict.reason() + " (engagement " + Math.round(score) + ")");
        }
    }

    /** Call with the leads locked ({@link LeadBulk#lock}): adds each lead's points, checks the MQL rule once. */
    public void applyAll(Map<LeadId, Double> credited) {
        Map<LeadId, Double> scores = bulk.addEngagement(credited);
        Map<LeadId, Boolean> mql = new HashMap<>();
        Map<LeadId, Verdict> verdicts = new HashMap<>();
        List<Lead> scored = bulk.find(credited.keySet());
        for (Lead lead : scored) {
            Verdict verdict = verdict(lead.score().fitGrade(), scores.get(lead.id()));
            verdicts.put(lead.id(), verdict);
            mql.put(lead.id(), verdict.mql());
        }
        Set<LeadId> wasMql = bulk.markEngagementQualified(mql);
        for (Lead lead : scored) {
            Verdict verdict = verdicts.get(lead.id());
            if (verdict.mql() && !wasMql.contains(lead.id()) && MARKETING_STAGES.contains(lead.stage())) {
                qualification.qualify(
                        lead.id(), verdict.reason() + " (engagement " + Math.round(scores.get(lead.id())) + ")");
            }
        }
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
