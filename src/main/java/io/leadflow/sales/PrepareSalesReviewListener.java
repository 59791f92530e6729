package io.leadflow.sales;

import io.leadflow.engagement.ScoreExplanations;
import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import io.leadflow.lead.TimelineEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_AcceptLead, on create: puts what the rep needs on the task (task-local, shown by the
 * form) and clears last round's answer, since Tasklist pre-fills forms from process variables.
 */
@Component
class PrepareSalesReviewListener implements TaskListener {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int RECENT_ACTIVITIES = 10;

    private final Leads leads;
    private final LeadTimeline timeline;
    private final ScoreExplanations scores;
    private final SalesSla sla;
    private final SalesSettings settings;

    PrepareSalesReviewListener(
            Leads leads, LeadTimeline timeline, ScoreExplanations scores, SalesSla sla, SalesSettings settings) {
        this.leads = leads;
        this.timeline = timeline;
        this.scores = scores;
        this.sla = sla;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        Lead lead = leads.require(new LeadId(task.getExecution().getProcessBusinessKey()));
        for (String answer : new String[] {
            LeadProcess.VAR_ACCEPTED, LeadProcess.VAR_REASON, LeadProcess.VAR_NOTE, LeadProcess.VAR_DUPLICATE_OF
        }) {
            task.getExecution().removeVariable(answer);
        }
        Map<String, Object> display = display(lead);
        display.put("scoreReasons", scores.explain(lead.id()).summary());
        display.put("recentActivity", recentActivity(lead));
        display.put("leadUrl", settings.baseUrl() + "/api/leads/" + lead.id().value());
        task.setVariablesLocal(display);
        task.setDescription(lead.displayName() + (lead.company() == null ? "" : " (" + lead.company() + ")"));
        String team = (String) task.getExecution().getVariable(LeadProcess.VAR_SALES_TEAM);
        // the escalation deadline, so the Tasklist filter "Overdue" shows what the SLA escalates
        task.setDueDate(sla.escalationDue(team, task.getCreateTime()));
        timeline.record(lead.id(), "SALES_TASK_CREATED", "Offered to " + team + " for acceptance");
    }

    private String recentActivity(Lead lead) {
        return timeline.newestFirst(lead.id()).stream()
                .limit(RECENT_ACTIVITIES)
                .map(PrepareSalesReviewListener::line)
                .collect(Collectors.joining("\n"));
    }

    private static String line(TimelineEntry entry) {
        return WHEN.format(entry.occurredAt()) + "  " + entry.summary();
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
