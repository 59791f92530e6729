package io.leadflow.scoring;

import io.leadflow.lead.Lead;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Evaluates processes/lead-fit.dmn: FitPoints collects the matching rules (points and reason),
 * LeadFit turns their sum into a grade.
 */
@Component
public class FitScoring {

    private final ScoringDecisions decisions;

    FitScoring(ScoringDecisions decisions) {
        this.decisions = decisions;
    }

    public FitScore score(Lead lead) {
        List<ScoreReason> reasons = decisions.evaluate("FitPoints", inputs(lead)).getResultList().stream()
                .map(rule ->
                        new ScoreReason((String) rule.get("reason"), ((Number) rule.get("fitPoints")).intValue(), null))
                .toList();
        int points = reasons.stream().mapToInt(ScoreReason::points).sum();
        String grade = decisions
                .evaluateRemembered("LeadFit", Map.of("fitPoints", points))
                .getSingleResult()
                .getEntry("fitGrade");
        return new FitScore(grade, points, reasons);
    }

    private static Map<String, Object> inputs(Lead lead) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("jobTitle", lead.jobTitle());
        inputs.put("companySize", lead.companySize());
        inputs.put("industry", lead.industry());
        inputs.put("country", lead.country());
        inputs.put("budget", lead.bant().budget());
        inputs.put("authority", lead.bant().authority());
        inputs.put("need", lead.bant().need());
        inputs.put("timeline", lead.bant().timeline());
        return inputs;
    }

    /** "Decision maker +25, Target market +10": the fit rules in one line. */
    static String describe(FitScore fit) {
        if (fit.reasons().isEmpty()) {
            return "no fit rule matched";
        }
        return fit.reasons().stream()
                .map(reason -> reason.rule() + " " + (reason.points() >= 0 ? "+" : "") + reason.points())
                .collect(Collectors.joining(", "));
    }
}
