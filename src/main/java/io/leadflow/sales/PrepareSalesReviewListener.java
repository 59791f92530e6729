package io.leadflow.sales;

import io.leadflow.engagement.ScoreExplanations;
import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_AcceptLead, on create: puts what the rep needs on the task (task-local, shown by the
 * form) and clears last round's answer, since Tasklist pre-fills forms from process variables.
 */
@Component
class PrepareSalesReviewListener implements TaskListener {

    private final Leads leads;
    private final LeadTimeline timeline;
    private final ScoreExplanations scores;

    PrepareSalesReviewListener(Leads leads, LeadTimeline timeline, ScoreExplanations scores) {
        this.leads = leads;
        this.timeline = timeline;
        this.scores = scores;
    }

    @Override
    public void notify(DelegateTask task) {
        Lead lead = leads.require(new LeadId(task.getExecution().getProcessBusinessKey()));
        for (String answer : new String[] {LeadProcess.VAR_ACCEPTED, LeadProcess.VAR_REASON, LeadProcess.VAR_NOTE}) {
            task.getExecution().removeVariable(answer);
        }
        Map<String, Object> display = display(lead);
        display.put("scoreReasons", scores.explain(lead.id()).summary());
        task.setVariablesLocal(display);
        task.setDescription(lead.displayName() + (lead.company() == null ? "" : " (" + lead.company() + ")"));
        timeline.record(
                lead.id(),
                "SALES_TASK_CREATED",
                "Offered to " + task.getExecution().getVariable(LeadProcess.VAR_SALES_TEAM) + " for acceptance");
    }

    private static Map<String, Object> display(Lead lead) {
        Map<String, Object> display = new HashMap<>();
        display.put("leadName", lead.displayName());
        display.put("company", orDash(lead.company()));
        display.put("jobTitle", orDash(lead.jobTitle()));
        display.put("fitGrade", orDash(lead.score().fitGrade()));
        display.put(
                "fitScore",
                lead.score().fit() == null ? "-" : lead.score().fit().toString());
        display.put("engagementScore", String.valueOf(lead.score().engagement()));
        display.put(LeadProcess.VAR_QUALIFICATION_REASON, orDash(qualificationReason(lead)));
        return display;
    }

    /** A lead from the fast lane qualified by asking for sales at capture, not by a scoring rule. */
    private static String qualificationReason(Lead lead) {
        if (lead.qualificationReason() == null && lead.source() != null) {
            return "Asked for sales contact when captured (" + lead.source() + "), fit grade "
                    + lead.score().fitGrade();
        }
        return lead.qualificationReason();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
