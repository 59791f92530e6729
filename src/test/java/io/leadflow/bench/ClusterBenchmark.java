package io.leadflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import io.leadflow.ClusterClient;
import io.leadflow.ClusterWorkload;
import io.leadflow.LeadflowNode;
import io.leadflow.PostgresDatabase;
import io.leadflow.RequiresPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two nodes against one node on the same load on PostgreSQL (issue 7: ≥ 1.0× on this machine, 0
 * duplicates): n = -Dbench.cluster.n (default 300) leads from capture over the welcome email and
 * qualification to the CRM, each node its own JVM with production settings, each run a fresh database.
 */
@RequiresPostgres
class ClusterBenchmark {

    record Run(int nodes, int leads, double captureSeconds, double welcomeSeconds, double crmSeconds, int duplicates) {

        double leadsPerSecond() {
            return leads / (captureSeconds + welcomeSeconds + crmSeconds);
        }
    }

    @Test
    void twoNodesNextToOneNodeOnTheSameLoad() throws Exception {
        int n = Integer.getInteger("bench.cluster.n", 300);
        Run one = run(1, n);
        Run two = run(2, n);
        double ratio = two.leadsPerSecond() / one.leadsPerSecond();
        StringBuilder table =
                new StringBuilder("%nPostgreSQL cluster, n = %d leads capture → welcome email → CRM%n".formatted(n));
        table.append("| nodes | capture s | welcome emails s | qualification → CRM s | leads/s end to end |"
                + " duplicate emails |%n|---:|---:|---:|---:|---:|---:|%n".formatted());
        for (Run run : List.of(one, two)) {
            table.append("| %d | %.0f | %.0f | %.0f | %.2f | %d |%n"
                    .formatted(
                            run.nodes(),
                            run.captureSeconds(),
                            run.welcomeSeconds(),
                            run.crmSeconds(),
                            run.leadsPerSecond(),
                            run.duplicates()));
        }
        table.append("two nodes / one node: %.2f (target ≥ 1.0)%n".formatted(ratio));
        System.out.println(table);
        System.out.println("written "
                + BenchJson.write(
                                "cluster", Map.of("runs", List.of(one, two), "ratio", Math.round(ratio * 100) / 100.0))
                        .toAbsolutePath());
    }

    private Run run(int nodes, int n) throws Exception {
        PostgresDatabase database = PostgresDatabase.create("benchcluster");
        GreenMail smtp = ClusterWorkload.startSmtp();
        List<LeadflowNode> started = new ArrayList<>();
        try {
            for (int i = 0; i < nodes; i++) {
                started.add(LeadflowNode.start(
                        "bench-" + nodes + "-" + i, database, smtp.getSmtp().getPort()));
            }
            ClusterClient cluster = new ClusterClient(started);
            ClusterWorkload workload = new ClusterWorkload(database, smtp, Duration.ofMinutes(15));
            long t0 = System.nanoTime();
            String[] ids = new String[n];
            Throughput.parallel(n, i -> ids[i] = cluster.capture(i, "bench-" + i + "@cluster.example"));
            List<String> leads = List.of(ids);
            long t1 = System.nanoTime();
            workload.awaitWelcomeEmails(leads);
            long t2 = System.nanoTime();
            workload.runToCrm(cluster, leads);
            long t3 = System.nanoTime();
            workload.assertAtCrm(leads);
            return new Run(
                    nodes,
                    n,
                    seconds(t1 - t0),
                    seconds(t2 - t1),
                    seconds(t3 - t2),
                    workload.duplicateKeys().size());
        } finally {
            for (LeadflowNode node : started) {
                node.stop();
            }
            smtp.stop();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
