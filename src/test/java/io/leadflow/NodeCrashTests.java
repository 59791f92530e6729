package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node killed with SIGKILL while an outbox entry is claimed (status SENDING): after a restart every
 * due email goes out. Duplicates are counted by X-Leadflow-Key and reported; the only allowed ones are
 * entries in flight at the kill (SMTP accepted, not yet marked sent: at-least-once).
 */
@RequiresPostgres
class NodeCrashTests {

    static final int LEADS = 80;

    @Test
    void everyDueEmailGoesOutAfterTheNodeIsKilledMidSendingAndRestarted() throws Exception {
        PostgresDatabase database = PostgresDatabase.create("crash");
        GreenMail smtp = ClusterWorkload.startSmtp();
        ClusterWorkload workload = new ClusterWorkload(database, smtp, Duration.ofMinutes(3));
        LeadflowNode node =
                LeadflowNode.start("crash-1", database, smtp.getSmtp().getPort(), ClusterTests.NODE_ARGS);
        try {
            // given leads whose welcome emails are being sent
            List<String> leads = workload.capture(new ClusterClient(List.of(node)), "crash", 0, LEADS);

            // when the node is killed while it holds a claimed outbox entry
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(2))
                    .until(() -> workload.count("select count(*) from email_outbox where status = 'SENDING'") > 0);
            node.kill();
            long claimedAtKill = workload.count("select count(*) from email_outbox where status = 'SENDING'");
            long sentAtKill = workload.count("select count(*) from email_outbox where status = 'SENT'");
            int receivedAtKill = smtp.getReceivedMessages().length;

            // then a restarted node releases the stale claim and sends every due email
            node = LeadflowNode.start("crash-2", database, smtp.getSmtp().getPort(), ClusterTests.NODE_ARGS);
            workload.awaitWelcomeEmails(leads);
            await().atMost(Duration.ofMinutes(1))
                    .until(() ->
                            workload.count("select count(*) from email_outbox where status in ('PENDING', 'SENDING')")
                                    == 0);
            List<String> duplicates = workload.duplicateKeys();
            long sent = workload.count("select count(*) from email_outbox where status = 'SENT'");
            System.out.printf(
                    "Node crash: killed with %d entries claimed, %d marked sent, %d received by SMTP; after restart"
                            + " %d entries sent, %d emails received, %d duplicate keys%n",
                    claimedAtKill,
                    sentAtKill,
                    receivedAtKill,
                    sent,
                    smtp.getReceivedMessages().length,
                    duplicates.size());
            assertThat(workload.receivedKeys())
                    .as("every sent entry reached the SMTP server")
                    .isEqualTo((int) sent);
            assertThat(duplicates.size())
                    .as("duplicates only from entries claimed at the kill")
                    .isLessThanOrEqualTo((int) claimedAtKill);
        } finally {
            node.stop();
            smtp.stop();
        }
    }
}
