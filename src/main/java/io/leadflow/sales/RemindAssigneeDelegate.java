package io.leadflow.sales;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import io.leadflow.nurture.InternalEmails;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Task_RemindAssignee (after BoundaryEvent_AcceptanceReminder): emails the assignee, or every
 * member of the offered teams while nobody has the task. An internal nudge through the outbox (sent
 * once per task and rep, also when the timer job is retried), without the marketing rules.
 */
@Component
class RemindAssigneeDelegate implements JavaDelegate {

    private final TaskService tasks;
    private final IdentityService identity;
    private final InternalEmails mail;
    private final SalesSettings settings;
    private final Leads leads;
    private final LeadTimeline timeline;

    RemindAssigneeDelegate(
            TaskService tasks,
            IdentityService identity,
            InternalEmails mail,
            SalesSettings settings,
            Leads leads,
            LeadTimeline timeline) {
        this.tasks = tasks;
        this.identity = identity;
        this.mail = mail;
        this.settings = settings;
        this.leads = leads;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(RoundRobinAssigner.SAL_TASK)
                .singleResult();
        Lead lead = leads.require(new LeadId(execution.getProcessBusinessKey()));
        List<String> to = recipients(task);
        if (to.isEmpty()) {
            timeline.record(lead.id(), "SALES_REMINDER_SKIPPED", "Acceptance overdue soon, but nobody has an email");
            return;
        }
        // one message each: a rep sees neither who else was asked nor their addresses
        to.forEach(email -> mail.queue(
                "sla-reminder:" + task.getId() + ":" + email,
                lead.id(),
                email,
                "Reminder: " + lead.displayName() + " waits for your decision",
                reminderText(task, lead)));
        String who = task.getAssignee() == null ? "the team queue" : task.getAssignee();
        timeline.record(lead.id(), "SALES_REMINDER_SENT", "Reminded " + who + " to accept or reject the lead");
    }

    private List<String> recipients(Task task) {
        if (task.getAssignee() != null) {
            return emails(identity.createUserQuery().userId(task.getAssignee()).list());
        }
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .flatMap(group ->
                        emails(identity.createUserQuery().memberOfGroup(group).list()).stream())
                .distinct()
                .toList();
    }

    private static List<String> emails(List<User> users) {
        return users.stream()
                .map(User::getEmail)
                .filter(Objects::nonNull)
                .filter(email -> !email.isBlank())
                .toList();
    }

    private String reminderText(Task task, Lead lead) {
        return "The lead " + lead.displayName() + (lead.company() == null ? "" : " (" + lead.company() + ")")
                + " is waiting to be accepted or rejected.\n\nOpen it in Tasklist: " + settings.baseUrl()
                + "/camunda/app/tasklist/default/#/?task=" + task.getId() + "\n";
    }
}
