package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.leadflow.lead.Bant;
import io.leadflow.lead.Consent;
import io.leadflow.lead.LeadCapture;
import io.leadflow.lead.LeadForm;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.Leads;
import io.leadflow.lead.SubmittedLead;
import io.leadflow.nurture.OutboxDispatcher;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Test driver: captures leads, runs due jobs and the outbox, reads what reached SMTP. */
@Component
public class Driver {

    private final ProcessEngine engine;
    private final LeadCapture capture;
    private final Leads leads;
    private final OutboxDispatcher dispatcher;
    private final GreenMail smtp;
    private final TestRestTemplate http;

    Driver(
            ProcessEngine engine,
            LeadCapture capture,
            Leads leads,
            OutboxDispatcher dispatcher,
            GreenMail smtp,
            TestRestTemplate http) {
        this.engine = engine;
        this.capture = capture;
        this.leads = leads;
        this.dispatcher = dispatcher;
        this.smtp = smtp;
        this.http = http;
    }

    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A well-fitting lead (grade A): senior role, mid-size software company in a target market. */
    public static LeadForm fittingLead(String email, String source) {
        return new LeadForm(
                email,
                "Ada",
                "Lovelace",
                "Analytical Engines GmbH",
                "Head of Marketing",
                250,
                "Software",
                "DE",
                null,
                source,
                "spring-launch",
                new Consent(true),
                new Bant(true, true, true, true));
    }

    /** A lead with little known about it (grade D), still consenting to email. */
    public static LeadForm coldLead(String email) {
        return new LeadForm(
                email,
                "Bob",
                "Builder",
                null,
                "Student",
                null,
                null,
                null,
                null,
                "newsletter",
                null,
                new Consent(true),
                null);
    }

    public LeadId capture(LeadForm form) {
        SubmittedLead captured = capture.capture(form);
        assertThat(captured.created()).isTrue();
        assertThat(captured.lead()).as("the answer is the lead as stored").isEqualTo(leads.require(captured.id()));
        startLifecycle(captured.id());
        return captured.id();
    }

    /** Runs every pending asynchronous lifecycle start (leads captured by an import, say). */
    public void startCapturedLifecycles() {
        management()
                .createJobQuery()
                .processDefinitionKey(LeadProcess.PROCESS_KEY)
                .activityId("StartEvent_LeadCaptured")
                .list()
                .forEach(job -> management().executeJob(job.getId()));
    }

    /** Runs the lifecycle's asynchronous start, as the job executor would right after the capture. */
    public void startLifecycle(LeadId id) {
        Job start = management()
                .createJobQuery()
                .processInstanceId(lifecycle(id).getId())
                .activityId("StartEvent_LeadCaptured")
                .singleResult();
        assertThat(start).as("asynchronous start of " + id).isNotNull();
        management().executeJob(start.getId());
    }

    /** How many lifecycle instances this lead ever had (running or ended): one, unless something doubled. */
    public long lifecycleCount(LeadId id) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(LeadProcess.PROCESS_KEY)
                .processInstanceBusinessKey(id.value())
                .count();
    }

    public ProcessInstance lifecycle(LeadId id) {
        return runtime()
                .createProcessInstanceQuery()
                .processDefinitionKey(LeadProcess.PROCESS_KEY)
                .processInstanceBusinessKey(id.value())
                .singleResult();
    }

    /** The nurture sequence the lead is running now, if any. */
    public ProcessInstance sequence(LeadId id) {
        return runtime().createProcessInstanceQuery().processInstanceBusinessKey(id.value()).list().stream()
                .filter(instance -> !instance.getProcessDefinitionId().startsWith(LeadProcess.PROCESS_KEY + ":"))
                .findFirst()
                .orElse(null);
    }

    public Task salesTask(LeadId id) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(id.value())
                .singleResult();
    }

    /** Runs every job of the lead that is due now (async steps), not timers in the future. */
    public void runDueJobs(LeadId id) {
        for (int round = 0; round < 20; round++) {
            List<Job> due =
                    jobs(id).stream().filter(job -> job.getDuedate() == null).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management().executeJob(job.getId()));
        }
    }

    /** Fires the lead's next timer as if its time had come. */
    public void fireTimer(LeadId id) {
        Job timer = jobs(id).stream()
                .filter(job -> job.getDuedate() != null)
                .findFirst()
                .orElseThrow();
        management().executeJob(timer.getId());
        runDueJobs(id);
    }

    /** Fires the lead's timer at the given BPMN element (a boundary event, say) as if its time had come. */
    public void fireTimer(LeadId id, String activityId) {
        Job timer = management()
                .createJobQuery()
                .processInstanceId(lifecycle(id).getId())
                .activityId(activityId)
                .singleResult();
        assertThat(timer).as("timer at " + activityId).isNotNull();
        management().executeJob(timer.getId());
        runDueJobs(id);
    }

    public List<Job> jobs(LeadId id) {
        ProcessInstance lifecycle = lifecycle(id);
        if (lifecycle == null) {
            return List.of();
        }
        return management()
                .createJobQuery()
                .rootProcessInstanceId(lifecycle.getId())
                .list();
    }

    /** The CRM reports an opportunity's outcome, as an integration with the API key. */
    public ResponseEntity<String> closeOpportunity(String opportunityId, String outcome) {
        return http.exchange(
                "/api/crm/opportunities/{id}/outcome",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("outcome", outcome, "reason", "test"), apiKey()),
                String.class,
                opportunityId);
    }

    /** GDPR erasure through the public API. */
    public ResponseEntity<String> erase(LeadId id) {
        return http.exchange(
                "/api/leads/{id}", HttpMethod.DELETE, new HttpEntity<>(apiKey()), String.class, id.value());
    }

    public static HttpHeaders apiKey() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", "test-api-key");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    public int dispatchEmails() {
        return dispatcher.dispatchDue();
    }

    public List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient(message).equalsIgnoreCase(address))
                .toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    private ManagementService management() {
        return engine.getManagementService();
    }
}
