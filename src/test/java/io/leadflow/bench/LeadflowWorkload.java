package io.leadflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.leadflow.Driver;
import io.leadflow.lead.LeadProcess;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;

/** Leadflow's side of the benchmark: the public API, the job executor and SMTP, as in production. */
final class LeadflowWorkload {

    private final ProcessEngine engine;
    private final TestRestTemplate http;
    private final GreenMail smtp;
    private final JobExecutorSwitch jobs;
    private final ObjectMapper json = new ObjectMapper();
    private List<String> leads;
    private List<String> eventLeadIds;
    private int emailsBeforeWelcome;

    LeadflowWorkload(ProcessEngine engine, TestRestTemplate http, GreenMail smtp, JobExecutorSwitch jobs) {
        this.engine = engine;
        this.http = http;
        this.smtp = smtp;
        this.jobs = jobs;
    }

    /**
     * Warms up the HTTP path unmeasured, as BareEngine.warmUp does the engine: round trips and captures
     * refused by validation (nothing is written, so the measured work stays the same).
     */
    void warmUp(int n) {
        httpRoundTrips(n);
        Throughput.parallel(n, i -> {
            var refused = http.postForEntity(
                    "/api/leads", new HttpEntity<>(form(i + "@invalid"), Driver.apiKey()), String.class);
            if (refused.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw new IllegalStateException("warm-up capture was not refused: " + refused.getStatusCode());
            }
        });
    }

    /** GET /actuator/health/liveness: an HTTP round trip that does no work (no database, no SMTP check), the floor under every API figure. */
    double httpRoundTrips(int n) {
        return Throughput.parallel(n, i -> http.getForEntity("/actuator/health/liveness", String.class));
    }

    /**
     * POST /api/leads, grade-A leads that enter nurture; leads per second. The answer comes once the
     * lead row and its lifecycle (waiting at the asynchronous start) are committed.
     */
    double captureLeads(int n) {
        String[] ids = new String[n];
        double rate = Throughput.parallel(n, i -> ids[i] = capture(i));
        leads = List.of(ids);
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

    /** Sends every lead its welcome email (not measured), then fires the next timer: emails per second. */
    double sendNurtureEmails(int n) {
        Throughput.until(n, jobs::start, () -> ReceivedEmails.count(smtp) >= emailsBeforeWelcome + n, timeout(n));
        jobs.stop();
        List<Job> timers = engine.getManagementService().createJobQuery().timers().list().stream()
                .filter(timer -> !LeadProcess.PROCESS_KEY.equals(timer.getProcessDefinitionKey()))
                .toList();
        Date now = new Date(System.currentTimeMillis() - 1000);
        timers.forEach(timer -> engine.getManagementService().setJobDuedate(timer.getId(), now));
        int sent = ReceivedEmails.count(smtp);
        double rate = Throughput.until(n, jobs::start, () -> ReceivedEmails.count(smtp) >= sent + n, timeout(n));
        jobs.stop();
        Throughput.sleep(1000); // anything sent twice would arrive now
        return rate;
    }

    /** Adds seeded leads (not measured) until eventLeads leads exist for the events benchmark. */
    void seedLeads(org.springframework.jdbc.core.JdbcTemplate jdbc, int eventLeads) {
        List<String> all = new java.util.ArrayList<>(leads);
        all.addAll(SeededLeads.insert(jdbc, eventLeads - leads.size()));
        eventLeadIds = all;
    }

    /** POST /api/events with 100 events a request, visits and opens spread over the leads; events per second. */
    double ingestEvents(int events) {
        return Throughput.parallel(events / 100, batch -> post("/api/events", events(batch))) * 100;
    }

    private static Duration timeout(int n) {
        return Duration.ofMinutes(Math.max(5, n / 1000 * 2));
    }

    /** Every lead asks for a demo (fast lane to sales, not measured); then reps accept: tasks per second. */
    double completeSalesTasks(int n) {
        IntStream.range(0, (n + 99) / 100).forEach(batch -> post("/api/events", demoRequests(batch, n)));
        long deadline = System.nanoTime() + timeout(n).toNanos();
        while (salesTasks().size() < n && System.nanoTime() < deadline) {
            Throughput.sleep(200);
        }
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
     * POST /api/leads/batch, 100 other leads a request, the same as captureLeads' leads; leads per second.
     * Run last: the lifecycles it leaves waiting at their asynchronous start are not part of other figures.
     */
    double captureLeadsInBatches(int n) {
        int requests = (n + 99) / 100;
        double rate = Throughput.parallel(
                requests,
                batch -> post(
                        "/api/leads/batch",
                        IntStream.range(batch * 100, Math.min(n, batch * 100 + 100))
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

    private String capture(int i) {
        try {
            return json.readTree(post("/api/leads", form(String.valueOf(i))))
                    .get("id")
                    .asText();
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

    private String post(String path, String body) {
        var response = http.postForEntity(path, new HttpEntity<>(body, Driver.apiKey()), String.class);
        if (!response.getStatusCode().is2xxSuccessful() || response.getStatusCode() == HttpStatus.NO_CONTENT) {
            throw new IllegalStateException(path + " -> " + response.getStatusCode() + " " + response.getBody());
        }
        return response.getBody();
    }
}
