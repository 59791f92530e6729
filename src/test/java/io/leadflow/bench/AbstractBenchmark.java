package io.leadflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leadflow against the bare engine in one run on one database: each Leadflow operation next to the
 * closest engine operation (issue 7). Run with ./mvnw -Pbench verify; sizes in {@link BenchScale}.
 * Job executor on, outbox polled every 100 ms; the executor is stopped while work is queued up, so
 * each figure is one kind of work. Both sides are warmed up unmeasured first, and each bare figure is
 * measured right before its Leadflow counterpart: on H2 the job executor's acquisition slows as the job
 * table fills, so a bare figure from an emptier database would not be the same operation's cost.
 */
abstract class AbstractBenchmark {

    static final String[] PROPERTIES = {
        "camunda.bpm.job-execution.enabled=true",
        "leadflow.nurture.outbox.scheduling-enabled=true",
        "leadflow.nurture.outbox.poll-interval=PT0.1S",
        "logging.level.root=WARN"
    };

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestRestTemplate http;

    @Autowired
    GreenMail smtp;

    @Autowired
    JdbcTemplate jdbc;

    abstract String database();

    @Test
    void leadflowNextToTheBareEngine() throws Exception {
        BenchScale scale = BenchScale.fromSystemProperties();
        int n = scale.n();
        JobExecutorSwitch jobs = new JobExecutorSwitch(engine);
        jobs.stop();
        BareEngine bare = new BareEngine(engine, jobs);
        LeadflowWorkload leadflow = new LeadflowWorkload(engine, http, smtp, jobs);

        bare.warmUp(Math.min(n, 2000));
        leadflow.warmUp(Math.min(n, 2000));
        // each bare figure is taken right before its Leadflow counterpart, on the database as it is then
        // (the empty jobs before the captures: once they are in, the job executor would run their jobs too)
        BenchReport report = new BenchReport(database(), n);
        double roundTrips = leadflow.httpRoundTrips(n);
        double asyncJobs = bare.executeAsyncJobs(n);
        double starts = bare.startInstances(n);
        report.add(
                "HTTP round trip, GET /actuator/health/liveness (no work)",
                roundTrips,
                "start instance (start → wait)",
                starts,
                0);
        report.add(
                "lead capture, POST /api/leads",
                leadflow.captureLeads(n),
                "start instance (start → wait)",
                starts,
                0.5);
        report.add(
                "after capture: start + welcome step jobs (fit, track, outbox)",
                leadflow.startLifecycles(n),
                "execute empty async job",
                asyncJobs,
                0);
        leadflow.sendWelcomeEmails(n);
        double moreAsyncJobs = bare.executeAsyncJobs(n);
        report.add(
                "nurture sends, timer → render → outbox → SMTP",
                leadflow.sendNurtureEmails(n),
                "execute empty async job",
                moreAsyncJobs,
                0.5);
        report.note(SendIntegrity.check(smtp, n));
        leadflow.seedLeads(jdbc, scale.eventLeads());
        report.note("engagement events: %d over %d leads (%d captured, the rest seeded)"
                .formatted(scale.events(), scale.eventLeads(), n));
        double correlations = bare.correlateMessages(n);
        report.add(
                "engagement events, POST /api/events ×100",
                leadflow.ingestEvents(scale.events()),
                "correlate message by business key",
                correlations,
                10);
        leadflow.awaitSalesTasks(n);
        double tasks = bare.completeTasks(n);
        report.add(
                "SAL completions (accept → CRM job)",
                leadflow.completeSalesTasks(),
                "complete user task (→ async job)",
                tasks,
                0);
        double moreStarts = bare.startInstances(n);
        report.add(
                "lead capture, POST /api/leads/batch ×100",
                leadflow.captureLeadsInBatches(n),
                "start instance (start → wait)",
                moreStarts,
                0.5);
        System.out.println(report.table());
        Path json = report.writeJson();
        System.out.println("written " + json.toAbsolutePath());
    }
}
