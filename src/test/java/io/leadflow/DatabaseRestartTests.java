package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * PostgreSQL stopped and started under a running node (job executor and outbox dispatcher busy): the
 * node recovers by itself (pool reconnects, jobs and sends resume), no lead is lost, no email doubled.
 * Runs on a server of its own so stopping it does not disturb the shared one.
 */
@Tag("postgres")
@EnabledIf(
        value = "io.leadflow.OwnedPostgresServer#available",
        disabledReason = "no PostgreSQL binaries in /usr/lib/postgresql: database restart test skipped")
class DatabaseRestartTests {

    static final int LEADS = 40;
    static final Duration OUTAGE = Duration.ofSeconds(15);

    @Test
    void nodeRecoversFromADatabaseRestartWithoutLosingOrDoublingAnything() throws Exception {
        GreenMail smtp = ClusterWorkload.startSmtp();
        OwnedPostgresServer server = OwnedPostgresServer.start();
        LeadflowNode node = null;
        try {
            PostgresDatabase database = server.createDatabase("restart");
            ClusterWorkload workload = new ClusterWorkload(database, smtp, Duration.ofMinutes(3));
            node = LeadflowNode.start("restart", database, smtp.getSmtp().getPort(), ClusterTests.NODE_ARGS);
            ClusterClient cluster = new ClusterClient(List.of(node));

            // given leads whose welcome emails are going out
            List<String> leads = new ArrayList<>(workload.capture(cluster, "before", 0, LEADS));
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> smtp.getReceivedMessages().length > 0);

            // when the database is stopped mid-sending and started again
            server.stopServer();
            int sentBeforeOutage = smtp.getReceivedMessages().length;
            Thread.sleep(OUTAGE.toMillis());
            int healthDuringOutage = node.health();
            server.startServer();

            // then the node is healthy again without a restart and finishes old and new leads
            LeadflowNode restarted = node;
            await().atMost(Duration.ofMinutes(2)).until(() -> restarted.health() == 200);
            leads.addAll(workload.capture(cluster, "after", LEADS, LEADS / 2));
            workload.awaitWelcomeEmails(leads);
            workload.runToCrm(cluster, leads);
            workload.assertAtCrm(leads);
            List<String> duplicates = workload.duplicateKeys();
            System.out.printf(
                    "Database restart: %d of %d welcome emails sent before the %d s outage, health %d during it;"
                            + " %d leads at CRM after it, %d emails, %d duplicate keys%n",
                    sentBeforeOutage,
                    LEADS,
                    OUTAGE.toSeconds(),
                    healthDuringOutage,
                    leads.size(),
                    smtp.getReceivedMessages().length,
                    duplicates.size());
            assertThat(healthDuringOutage)
                    .as("health while the database is down")
                    .isEqualTo(503);
            assertThat(duplicates).as("emails sent twice").isEmpty();
        } finally {
            if (node != null) {
                node.stop();
            }
            smtp.stop();
            server.close();
        }
    }
}
