package io.leadflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Leadflow against the bare engine in one run on one database: each Leadflow operation next to the
 * closest engine operation (issue 7). Run with ./mvnw -Pbench verify; n = -Dbench.n (default 250).
 * Job executor on, outbox polled every 100 ms; the executor is stopped while work is queued up, so
 * each figure is one kind of work.
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

    abstract String database();

    @Test
    void leadflowNextToTheBareEngine() throws Exception {
        int n = Integer.getInteger("bench.n", 250);
        JobExecutorSwitch jobs = new JobExecutorSwitch(engine);
        jobs.stop();
        BareEngine bare = new BareEngine(engine, jobs);
        LeadflowWorkload leadflow = new LeadflowWorkload(engine, http, smtp, jobs);

        double starts = bare.startInstances(n);
        double correlations = bare.correlateMessages(n);
        double asyncJobs = bare.executeAsyncJobs(n);
        double tasks = bare.completeTasks(n);
        double captures = leadflow.captureLeads(n);
        double sends = leadflow.sendNurtureEmails(n);
        double events = leadflow.ingestEvents(Math.max(10, n / 10));
        double completions = leadflow.completeSalesTasks(n);

        BenchReport report = new BenchReport(database(), n);
        report.add("lead capture, POST /api/leads", captures, "start instance (start → wait)", starts, 0.5);
        report.add(
                "engagement events, POST /api/events ×100",
                events,
                "correlate message by business key",
                correlations,
                10);
        report.add("nurture sends, timer → render → outbox → SMTP", sends, "execute empty async job", asyncJobs, 0.5);
        report.add("SAL completions (accept → CRM job)", completions, "complete user task (→ async job)", tasks, 0);
        System.out.println(report.table());
        Path json = report.writeJson();
        System.out.println("written " + json.toAbsolutePath());
    }
}
