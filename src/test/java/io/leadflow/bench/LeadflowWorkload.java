package io.leadflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import io.leadflow.lead.LeadProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Leadflow's side of the benchmark: the public API, the job executor and SMTP, as in production. */
final class LeadflowWorkload {

    private final ProcessEngine engine;
    private final ApiClient api;
    private final GreenMail smtp;
    private final JobExecutorSwitch jobs;
    private final ObjectMapper json = new ObjectMapper();
    // the warm-up leads' next timers: never fired by the measured sends
    private final Set<String> warmUpTimers = new HashSet<>();
    // the measured leads captured so far, one by one, and how many were captured in batches
    private final List<String> leads = new ArrayList<>();
    private int batchCaptured;
    private List<String> eventLeadIds;
    private int emailsBeforeWelcome;

    LeadflowWorkload(ProcessEngine engine, TestRestTemplate http, GreenMail smtp, JobExecutorSwitch jobs) {
        this.engine = engine;
        this.api = new ApiClient(http.getRootUri());
        this.smtp = smtp;
        this.jobs = jobs;
    }

    /**
     * Runs the whole path once on other leads, unmeasured, as BareEngine.warmUp does the engine's:
     * captures, their lifecycles, welcome and second emails. Those leads then wait days for their third
     * email, like the measured ones; what they were sent is cleared from SMTP. Events go to as many
     * seeded leads, ten each, so no captured lead crosses the MQL line and queues work of its own.
     */
    void warmUp(int n, JdbcTemplate jdbc) throws FolderException {
        httpRoundTrips(n);
        Throughput.parallel(n, i -> capture("warm-" + i));
        startLifecycles(n);
        sendWelcomeEmails(n);
        sendNurtureEmails(n);
        warmUpTimers.addAll(nurtureTimers().stream().map(Job::getId).toList());
        smtp.purgeEmailFromAllMailboxes();
        eventLeadIds = SeededLeads.insert(jdbc, n);
        ingestEvents(n * 10);
    }

    /** GET /actuator/health/liveness: an HTTP round trip that does no work (no database, no SMTP check), the floor under every API figure. */
    double httpRoundTrips(int n) {
        return Throughput.parallel(n, i -> {
            if (api.get("/actuator/health/liveness") != 200) {
                throw new IllegalStateException("liveness probe failed");
            }
        });
    }

    /**
     * POST /api/leads, n more grade-A leads that enter nurture; leads per second. The answer comes once
     * the lead row and its lifecycle (waiting at the asynchronous start) are committed.
     */
    double captureLeads(int n) {
        String[] ids = new String[n];
        String round = leads.size() + "-";
        double rate = Throughput.parallel(n, i -> ids[i] = capture(round + i));
        leads.addAll(List.of(ids));
        return rate;
    }

    /**
     * The job executor runs what follows each capture: the asynchronous start (fit, track, nurture call)
     * and the welcome step's job (render, outbox). Leads per second until no job is due.
     */
    double startLifecycles(int n) {
        emailsBeforeWelcome = ReceivedEmails.count(smtp);
        double rate = Throughput.until(n, jobs::start, () -> jobs.remaining() == 0, timeout(n));
        jobs.stop();
        return rate;
    }

    /** Lets the outbox send every lead its welcome email (not measured). */
    void sendWelcomeEmails(int n) {
        Throughput.until(n, jobs::start, () -> ReceivedEmails.count(smtp) >= emailsBeforeWelcome + n, timeout(n));
        jobs.stop();
    }

    /** Fires each lead's timer to its next step: emails per second through render, outbox and SMTP. */
    double sendNurtureEmails(int n) {
        List<Job> timers = nurtureTimers().stream()
                .filter(timer -> !warmUpTimers.contains(timer.getId()))
                .toList();
        Date now = new Date(System.currentTimeMillis() - 1000);
        timers.forEach(timer -> engine.getManagementService().setJobDuedate(timer.getId(), now));
        int sent = ReceivedEmails.count(smtp);
        double rate = Throughput.until(n, jobs::start, () -> ReceivedEmails.count(smtp) >= sent + n, timeout(n));
        jobs.stop();
        Throughput.sleep(1000); // anything sent twice would arrive now
        return rate;
    }

    private List<Job> nurtureTimers() {
        return engine.getManagementService().createJobQuery().timers().list().stream()
                .filter(timer -> !LeadProcess.PROCESS_KEY.equals(timer.getProcessDefinitionKey()))
                .toList();
    }

    /** Adds seeded leads (not measured) until eventLeads leads exist for the events benchmark. */
    void seedLeads(JdbcTemplate jdbc, int eventLeads) {
        List<String> all = new ArrayList<>(leads);
        all.addAll(SeededLeads.insert(jdbc, eventLeads - leads.size()));
        eventLeadIds = all;
    }

    /** POST /api/events with 100 events a request, visits and opens spread over the leads; events per second. */
    double ingestEvents(int events) {
        return Throughput.parallel(events / 100, batch -> api.postOk("/api/events", events(batch))) * 100;
    }

    private static Duration timeout(int n) {
        return Duration.ofMinutes(Math.max(5, n / 1000 * 2));
    }

    /** Every lead asks for a demo (fast lane to sales, not measured) until each has its sales task. */
    void awaitSalesTasks(int n) {
        IntStream.range(0, (n + 99) / 100).forEach(batch -> api.postOk("/api/events", demoRequests(batch, n)));
        long deadline = System.nanoTime() + timeout(n).toNanos();
        while (salesTasks().size() < n && System.nanoTime() < deadline) {
            Throughput.sleep(200);
        }
    }

    /** Reps accept every waiting sales task: tasks per second. */
    double completeSalesTasks() {
        List<Task> tasks = salesTasks();
        return Throughput.parallel(tasks.size(), i -> engine.getTaskService()
                .complete(tasks.get(i).getId(), Map.of("accepted", "yes", "note", "bench")));
    }

    private List<Task> salesTasks() {
        return engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("UserTask_AcceptLead")
                .list();
    }

    /**
     * POST /api/leads/batch, n more leads, 100 a request, other leads like captureLeads' ones; leads per second.
     * Run last: the lifecycles it leaves waiting at their asynchronous start are not part of other figures.
     */
    double captureLeadsInBatches(int n) {
        int first = batchCaptured;
        batchCaptured += n;
        int requests = (n + 99) / 100;
        double rate = Throughput.parallel(
                requests,
                batch -> api.postOk(
                        "/api/leads/batch",
                        IntStream.range(first + batch * 100, first + Math.min(n, batch * 100 + 100))
                                .mapToObj(i -> form("batch-" + i))
                                .collect(Collectors.joining(",", "{\"leads\": [", "]}"))));
        return rate * n / requests;
    }

    private static String form(String name) {
        return """
                {"email": "bench-%s@example.com", "firstName": "Bench", "lastName": "%s", "company": "Bench AG",
                 "jobTitle": "Head of Marketing", "companySize": 250, "industry": "Software", "country": "DE",
                 "source": "webinar", "consent": {"marketingEmail": true},
                 "bant": {"budget": true, "authority": true, "need": true, "timeline": true}}"""
                .formatted(name, name);
    }

    private String capture(String name) {
        try {
            return json.readTree(api.postOk("/api/leads", form(name))).get("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String events(int batch) {
        return IntStream.range(0, 100)
                .mapToObj(i ->
                        "{\"leadId\":\"%s\",\"type\":\"%s\",\"eventId\":\"e-%d-%d\",\"url\":\"https://example.com/blog/%d\"}"
                                .formatted(
                                        eventLeadIds.get((batch * 100 + i) % eventLeadIds.size()),
                                        i % 2 == 0 ? "PAGE_VISITED" : "EMAIL_OPENED",
                                        batch,
                                        i,
                                        i))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private String demoRequests(int batch, int n) {
        return IntStream.range(batch * 100, Math.min(n, batch * 100 + 100))
                .mapToObj(i ->
                        "{\"leadId\":\"%s\",\"type\":\"DEMO_REQUESTED\",\"eventId\":\"demo\"}".formatted(leads.get(i)))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
