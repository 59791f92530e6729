package io.leadflow.scoring;

import io.leadflow.lead.Lead;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Evaluates processes/lead-fit.dmn (decision LeadFit) for a lead's attributes. */
@Component
public class FitScoring {

    static final String DECISION = "LeadFit";
    private final DecisionService decisions;

    FitScoring(DecisionService decisions) {
        this.decisions = decisions;
    }

    public FitScore score(Lead lead) {
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(DECISION)
                .variables(inputs(lead))
                .evaluate()
                .getSingleResult();
        return new FitScore((String) result.get("fitGrade"), ((Number) result.get("fitScore")).intValue());
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
}
