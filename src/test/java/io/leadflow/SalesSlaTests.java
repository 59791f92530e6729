package io.leadflow;

import static io.leadflow.Driver.fittingLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.leadflow.lead.LeadForm;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.TimelineEntry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SAL task's SLA: a reminder, then escalation to sales-managers, both without interrupting the task. */
@LeadflowTest
class SalesSlaTests {

    @Autowired
    Driver driver;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LeadTimeline timeline;

    @Test
    void reminderEmailsTheAssigneeAndTheTaskKeepsWaiting() throws Exception {
        // given a lead waiting for acceptance by a rep with an email address
        String rep = rep("sales-emea");
        LeadId id = driver.capture(fittingLead(uniqueEmail("remind"), "demo-request"));
        tasks.setAssignee(driver.salesTask(id).getId(), rep);

        // when the reminder is due and the outbox has run
        driver.fireTimer(id, "BoundaryEvent_AcceptanceReminder");
        driver.dispatchEmails();

        // then one internal email went out: keyed like every email, without unsubscribe headers
        assertThat(driver.lifecycle(id))
                .hasPassed("Task_RemindAssignee", "EndEvent_AssigneeReminded")
                .isWaitingAt("UserTask_AcceptLead");
        List<MimeMessage> reminders = driver.emailsTo(rep + "@leadflow.test");
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getSubject()).isEqualTo("Reminder: Ada Lovelace waits for your decision");
        assertThat(reminders.get(0).getHeader("X-Leadflow-Key")).isNotNull();
        assertThat(reminders.get(0).getHeader("List-Unsubscribe")).isNull();
        assertThat(types(id)).contains("SALES_REMINDER_SENT");
        assertThat(driver.salesTask(id).getAssignee()).isEqualTo(rep);
    }

    @Test
    void reminderGoesToEveryTeamMemberWhileNobodyHasTheTask() {
        // given an unassigned task of the sales-emea queue
        String first = rep("sales-emea");
        String second = rep("sales-emea");
        LeadId id = driver.capture(fittingLead(uniqueEmail("remindteam"), "demo-request"));
        tasks.setAssignee(driver.salesTask(id).getId(), null);

        // when
        driver.fireTimer(id, "BoundaryEvent_AcceptanceReminder");
        driver.dispatchEmails();

        // then
        assertThat(driver.emailsTo(first + "@leadflow.test")).hasSize(1);
        assertThat(driver.emailsTo(second + "@leadflow.test")).hasSize(1);
    }

    @Test
    void overdueTaskEscalatesToManagersAndRecordsTheBreach() {
        // given a task its rep sits on
        String rep = rep("sales-emea");
        LeadId id = driver.capture(fittingLead(uniqueEmail("overdue"), "demo-request"));
        Task task = driver.salesTask(id);
        tasks.setAssignee(task.getId(), rep);

        // when the escalation is due
        driver.fireTimer(id, "BoundaryEvent_AcceptanceOverdue");

        // then the managers see it in their queue, the rep no longer has it, the breach is recorded
        assertThat(driver.lifecycle(id))
                .hasPassed("Task_EscalateToManagers", "EndEvent_Escalated")
                .isWaitingAt("UserTask_AcceptLead");
        assertThat(driver.salesTask(id).getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getGroupId)
                .contains("sales-emea", "sales-managers");
        Map<String, Object> breach = jdbc.sql("select team, assignee, due_at from sales_sla_breach where task_id = ?")
                .param(task.getId())
                .query()
                .singleRow();
        assertThat(breach.get("TEAM")).isEqualTo("sales-emea");
        assertThat(breach.get("ASSIGNEE")).isEqualTo(rep);
        assertThat(breach.get("DUE_AT")).isNotNull();
        assertThat(types(id)).contains("SALES_SLA_BREACHED");
    }

    @Test
    void dueDateIsTheTeamsEscalationDeadline() {
        // when a lead reaches the default-SLA team and one from a team with its own (PT2H, application-test.yml)
        LeadId emea = driver.capture(fittingLead(uniqueEmail("due"), "demo-request"));
        LeadId americas = driver.capture(americanLead(uniqueEmail("dueus")));

        // then the due date, which the Overdue filter uses, is when the task escalates
        assertDue(emea, Duration.ofDays(1));
        assertDue(americas, Duration.ofHours(2));
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(driver.lifecycle(americas).getId())
                        .activityId("BoundaryEvent_AcceptanceOverdue")
                        .singleResult()
                        .getDuedate())
                .isCloseTo(driver.salesTask(americas).getDueDate(), 1000L);
    }

    static LeadForm americanLead(String email) {
        LeadForm german = fittingLead(email, "demo-request");
        return new LeadForm(
                email,
                german.firstName(),
                german.lastName(),
                "Analytical Engines Inc",
                german.jobTitle(),
                german.companySize(),
                german.industry(),
                "US",
                null,
                "demo-request",
                german.campaign(),
                german.consent(),
                german.bant());
    }

    private void assertDue(LeadId id, Duration escalation) {
        Task task = driver.salesTask(id);
        long due = task.getDueDate().getTime() - task.getCreateTime().getTime();
        assertThat(due).isCloseTo(escalation.toMillis(), within(1000L));
    }

    private List<String> types(LeadId id) {
        return timeline.newestFirst(id).stream().map(TimelineEntry::type).toList();
    }

    private String rep(String team) {
        String id = "rep-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(id);
        user.setEmail(id + "@leadflow.test");
        user.setPassword(id + "-password");
        identity.saveUser(user);
        identity.createMembership(id, team);
        return id;
    }
}
