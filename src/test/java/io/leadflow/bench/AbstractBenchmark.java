package io.leadflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leadflow against the bare engine in one run on one database: each Leadflow operation next to the
 * closest engine operation (issue 7). Run with ./mvnw -Pbench verify; sizes in {@link BenchScale}.
 * Job executor on, outbox polled every 100 ms; the executor is stopped while work is queued up, so
 * each figure is one kind of work. Both sides are warmed up unmeasured first, and each bare figure is
 * measured right before its Leadflow counterpart: on H2 the job executor's acquisition slows as the job
 * table fills, so a bare figure from an emptier database would not be the same operation's cost.
 */
@Import(BareOverHttp.class)
abstract class AbstractBenchmark {

    static final String[] PROPERTIES = {
        "camunda.bpm.job-execution.enabled=true",
        "leadflow.nurture.outbox.scheduling-enabled=true",
        "leadflow.nurture.outbox.poll-interval=PT0.1S",
        "logging.level.root=WARN"
    };

    private static final String START = "start instance (start → wait)";
    private static final String ASYNC_JOB = "execute empty async job";

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
        ApiClient api = new ApiClient(http.getRootUri());
        bare.warmUp(scale.warmUp());
        bare.startInstancesOverHttp(api, scale.warmUp());
        leadflow.warmUp(scale.warmUp(), jdbc);
        Duration settled = Throughput.awaitCompilerIdle();

        // each bare figure is taken right before its Leadflow counterpart, on the database as it is then,
        // and where the work left allows it right after as well; captures alternate in rounds (Rounds)
        BenchReport report = new BenchReport(database(), n);
        report.note("warm-up: %d of each operation on both sides, then %d s until the JIT compiler was idle"
                .formatted(scale.warmUp(), settled.toSeconds()));
        captures(report, bare, leadflow, api, n);
        sends(report, bare, leadflow, n);
        events(report, bare, leadflow, scale);
        salesAcceptance(report, bare, leadflow, n);
        batchCaptures(report, bare, leadflow, n);
        System.out.println(report.table());
        System.out.println("written " + report.writeJson().toAbsolutePath());
    }

    private static void captures(BenchReport report, BareEngine bare, LeadflowWorkload leadflow, ApiClient api, int n) {
        double roundTrips = leadflow.httpRoundTrips(n);
        // before the captures: once their jobs are queued, the job executor would run those too
        double asyncJobs = bare.executeAsyncJobs(n);
        double overHttp = bare.startInstancesOverHttp(api, n / 2);
        Rounds captures = Rounds.alternate(n, bare::startInstances, leadflow::captureLeads);
        double overHttpAfter = bare.startInstancesOverHttp(api, n / 2);
        report.add(
                "HTTP round trip, GET /actuator/health/liveness (no work)",
                roundTrips,
                START,
                captures.barePerSecond(),
                0);
        report.add("lead capture, POST /api/leads", captures, START, 0.5);
        report.add(
                "lead capture, the same rounds",
                captures.leadflowPerSecond(),
                "start instance behind the same HTTP stack (" + BareOverHttp.PATH + ")",
                overHttp,
                overHttpAfter,
                0);
        report.add(
                "after capture: start + welcome step jobs (fit, track, outbox)",
                leadflow.startLifecycles(n),
                ASYNC_JOB,
                asyncJobs,
                0);
    }

    private void sends(BenchReport report, BareEngine bare, LeadflowWorkload leadflow, int n) throws Exception {
        leadflow.sendWelcomeEmails(n);
        double before = bare.executeAsyncJobs(n);
        double sends = leadflow.sendNurtureEmails(n);
        report.add(
                "nurture sends, timer → render → outbox → SMTP",
                sends,
                ASYNC_JOB,
                before,
                bare.executeAsyncJobs(n),
                0.5);
        report.note(SendIntegrity.check(smtp, n));
    }

    private void events(BenchReport report, BareEngine bare, LeadflowWorkload leadflow, BenchScale scale) {
        leadflow.seedLeads(jdbc, scale.eventLeads());
        report.note("engagement events: %d over %d leads (%d captured, the rest seeded)"
                .formatted(scale.events(), scale.eventLeads(), scale.n()));
        bare.keepWaiting(2 * scale.n());
        double before = bare.correlateMessages(scale.n());
        double events = leadflow.ingestEvents(scale.events());
        report.add(
                "engagement events, POST /api/events ×100",
                events,
                "correlate message by business key",
                before,
                bare.correlateMessages(scale.n()),
                10);
    }

    private static void salesAcceptance(BenchReport report, BareEngine bare, LeadflowWorkload leadflow, int n) {
        leadflow.awaitSalesTasks(n);
        double tasks = bare.completeTasks(n);
        report.add(
                "SAL completions (accept → CRM job)",
                leadflow.completeSalesTasks(),
                "complete user task (→ async job)",
                tasks,
                0);
    }

    /** Last: the lifecycles it leaves waiting at their asynchronous start are not part of other figures. */
    private static void batchCaptures(BenchReport report, BareEngine bare, LeadflowWorkload leadflow, int n) {
        report.add(
                "lead capture, POST /api/leads/batch ×100",
                Rounds.alternate(n, bare::startInstances, leadflow::captureLeadsInBatches),
                START,
                0.5);
    }
}
