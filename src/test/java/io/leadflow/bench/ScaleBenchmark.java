package io.leadflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import io.leadflow.ClusterClient;
import io.leadflow.ClusterWorkload;
import io.leadflow.LeadflowNode;
import io.leadflow.PostgresDatabase;
import io.leadflow.RequiresPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 7's scale targets on one node (own JVM, -Xmx512m, production settings): capture rate with
 * -Dscale.leads (e.g. 1000000) leads seeded into PostgreSQL as a ratio of the empty-database rate,
 * lead-flow report latency, heap after a full GC. Seeding is SQL (test resource bench/seed-leads.sql).
 */
@RequiresPostgres
@EnabledIfSystemProperty(
        named = "scale.leads",
        matches = "\\d+",
        disabledReason = "seeding takes minutes: run with -Dscale.leads=1000000")
class ScaleBenchmark {

    static final int WARM_UP = 100;

    @Test
    void captureRateReportLatencyAndHeapWithAMillionLeads() throws Exception {
        int seeded = Integer.getInteger("scale.leads");
        int n = Integer.getInteger("bench.n", 250);
        PostgresDatabase database = PostgresDatabase.create("scale");
        GreenMail smtp = ClusterWorkload.startSmtp();
        LeadflowNode node = LeadflowNode.start(
                "scale",
                database,
                smtp.getSmtp().getPort(),
                // every report computes its forecast: the worst case, not the 10-minute cache
                "--leadflow.reporting.forecast-max-age=PT0S");
        try {
            ClusterClient client = new ClusterClient(List.of(node));
            ClusterWorkload workload = new ClusterWorkload(database, smtp, Duration.ofMinutes(10));
            measure(client, workload, node, "warm", WARM_UP);
            Measurement empty = measure(client, workload, node, "empty", n);
            long started = System.nanoTime();
            seed(workload, seeded);
            double seedSeconds = (System.nanoTime() - started) / 1e9;
            Measurement full = measure(client, workload, node, "full", n);
            report(seeded, seedSeconds, n, empty, full);
        } finally {
            node.stop();
            smtp.stop();
        }
    }

    record Measurement(
            long leads, double capturesPerSecond, double reportMedianMillis, double reportMaxMillis, double heapMiB) {}

    private Measurement measure(ClusterClient client, ClusterWorkload workload, LeadflowNode node, String prefix, int n)
            throws Exception {
        String[] ids = new String[n];
        double rate = Throughput.parallel(n, i -> ids[i] = client.capture(i, prefix + "-" + i + "@scale.example"));
        // the welcome emails out of the way first: the report and the heap are measured on a quiet node
        workload.awaitWelcomeEmails(List.of(ids));
        client.get("/api/reports/lead-flow");
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            client.get("/api/reports/lead-flow");
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return new Measurement(
                workload.count("select count(*) from lead"), rate, millis[2], millis[4], HeapAfterGc.of(node));
    }

    private static void seed(ClusterWorkload workload, int leads) throws Exception {
        String script = new ClassPathResource("bench/seed-leads.sql").getContentAsString(StandardCharsets.UTF_8);
        for (String statement : script.replace(":n", Integer.toString(leads)).split(";\\s*\n")) {
            if (!statement.isBlank()) {
                long start = System.nanoTime();
                workload.db().sql(statement).update();
                System.out.printf(
                        "seed: %.0f s for %s%n",
                        (System.nanoTime() - start) / 1e9,
                        statement
                                .lines()
                                .filter(line -> !line.startsWith("--"))
                                .findFirst()
                                .orElse(""));
            }
        }
    }

    private static void report(int seeded, double seedSeconds, int n, Measurement empty, Measurement full)
            throws Exception {
        double ratio = full.capturesPerSecond() / empty.capturesPerSecond();
        System.out.printf(
                """

                Scale (PostgreSQL, one node, -Xmx512m), %d leads seeded in %.0f s, n = %d captures per measurement
                | database | leads | captures/s | GET /api/reports/lead-flow median / max of 5 | heap after GC |
                |---|---:|---:|---:|---:|
                | empty | %d | %.1f | %.0f / %.0f ms | %.0f MiB |
                | seeded | %d | %.1f | %.0f / %.0f ms | %.0f MiB |
                capture ratio seeded/empty %.2f (target ≥ 0.8), report ≤ 1000 ms, heap ≤ 512 MiB
                """,
                seeded,
                seedSeconds,
                n,
                empty.leads(),
                empty.capturesPerSecond(),
                empty.reportMedianMillis(),
                empty.reportMaxMillis(),
                empty.heapMiB(),
                full.leads(),
                full.capturesPerSecond(),
                full.reportMedianMillis(),
                full.reportMaxMillis(),
                full.heapMiB(),
                ratio);
        Path json = BenchJson.write(
                "scale",
                Map.of(
                        "seededLeads", seeded,
                        "seedSeconds", Math.round(seedSeconds),
                        "capturesPerMeasurement", n,
                        "empty", empty,
                        "seeded", full,
                        "captureRatio", Math.round(ratio * 100) / 100.0));
        System.out.println("written " + json.toAbsolutePath());
    }
}
