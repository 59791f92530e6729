package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two Leadflow nodes (own JVMs, job executors and outbox dispatchers on) on one PostgreSQL and one
 * SMTP server: leads go from capture to CRM without duplicate emails or lost leads, also when one
 * node is killed mid-run.
 */
@RequiresPostgres
class ClusterTests {

    static final int LEADS = 200;
    static final int LEADS_DURING_CRASH = 100;
    static final String X_LEADFLOW_KEY = "X-Leadflow-Key";
    private static final String[] NODE_ARGS = {
        // short lock and claim times so the test sees a dead node's work taken over within seconds
        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
        "--leadflow.nurture.outbox.stale-claim=PT20S",
        "--leadflow.nurture.outbox.poll-interval=PT0.5S",
        "--leadflow.signals.poll-interval=PT1S"
    };
    private static GreenMail smtp;
    private static LeadflowNode nodeA;
    private static LeadflowNode nodeB;
    private static JdbcClient db;

    @BeforeAll
    static void startCluster() throws Exception {
        PostgresDatabase database = PostgresDatabase.create("cluster");
        db = JdbcClient.create(new DriverManagerDataSource(database.url(), database.user(), database.password()));
        smtp = new GreenMail(new ServerSetup(LeadflowNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // one after the other: the first node creates the schemas
        nodeA = LeadflowNode.start("node-a", database, smtp.getSmtp().getPort(), NODE_ARGS);
        nodeB = LeadflowNode.start("node-b", database, smtp.getSmtp().getPort(), NODE_ARGS);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (LeadflowNode node : Arrays.asList(nodeA, nodeB)) {
            if (node != null) {
                node.stop();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void twoNodesTakeLeadsToCrmWithoutDuplicatesAndSurviveTheLossOfOne() throws Exception {
        ClusterClient cluster = new ClusterClient(List.of(nodeA, nodeB));
        long started = System.nanoTime();

        // given leads captured on both nodes
        List<String> leads = IntStream.range(0, LEADS)
                .parallel()
                .mapToObj(i -> cluster.capture(i, "lead-" + i + "@cluster.example"))
                .toList();

        // when both job executors and dispatchers work them: welcome email, qualification, acceptance, CRM
        awaitWelcomeEmails(leads);
        runToCrm(cluster, leads);

        // then
        assertThat(duplicateKeys())
                .as("emails sent twice for one idempotency key")
                .isEmpty();
        assertStage(leads, "OPPORTUNITY");
        long bothNodes = System.nanoTime();

        // when node B dies (SIGKILL) halfway through the next batch of captures
        List<String> more = new ArrayList<>();
        for (int i = 0; i < LEADS_DURING_CRASH; i++) {
            if (i == LEADS_DURING_CRASH / 2) {
                nodeB.kill();
            }
            more.add(cluster.capture(LEADS + i, "late-" + i + "@cluster.example"));
        }
        cluster.remove(nodeB);
        long inFlightAtCrash = count("select count(*) from email_outbox where status = 'SENDING'");

        // then node A takes over B's locked jobs and claims after they expire and finishes every lead
        awaitWelcomeEmails(more);
        runToCrm(cluster, more);
        assertStage(more, "OPPORTUNITY");
        List<String> duplicates = duplicateKeys();
        System.out.printf(
                "Cluster: %d leads on two nodes in %d s, %d more with a crash in %d s; %d emails, %d duplicate keys,"
                        + " %d entries in flight at the crash%n",
                LEADS,
                Duration.ofNanos(bothNodes - started).toSeconds(),
                LEADS_DURING_CRASH,
                Duration.ofNanos(System.nanoTime() - bothNodes).toSeconds(),
                smtp.getReceivedMessages().length,
                duplicates.size(),
                inFlightAtCrash);
        // a node killed between SMTP and marking the entry sent re-sends that one entry (at-least-once)
        assertThat(duplicates.size())
                .as("duplicates only from entries in flight at the crash")
                .isLessThanOrEqualTo((int) inFlightAtCrash);
    }

    private void runToCrm(ClusterClient cluster, List<String> leads) {
        cluster.qualify(leads);
        await().atMost(Duration.ofMinutes(3)).until(() -> {
            cluster.acceptOpenTasks();
            return stageCount(leads, "OPPORTUNITY") == leads.size();
        });
    }

    private void awaitWelcomeEmails(List<String> leads) {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() ->
                        count("select count(distinct lead_id) from email_outbox where status = 'SENT' and lead_id in ("
                                        + inList(leads) + ")")
                                == leads.size());
    }

    private void assertStage(List<String> leads, String stage) {
        assertThat(stageCount(leads, stage)).as("leads at " + stage).isEqualTo(leads.size());
        assertThat(count("select count(*) from crm_opportunity where lead_id in (" + inList(leads) + ")"))
                .as("one CRM opportunity per lead")
                .isEqualTo(leads.size());
        assertThat(count("select count(*) from act_ru_incident"))
                .as("incidents")
                .isZero();
    }

    private long stageCount(List<String> leads, String stage) {
        return db.sql("select count(*) from lead where lifecycle_stage = ? and id in (" + inList(leads) + ")")
                .param(stage)
                .query(Long.class)
                .single();
    }

    private List<String> duplicateKeys() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(ClusterTests::key)
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()))
                .entrySet()
                .stream()
                .filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
    }

    private long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    private static String inList(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }

    private static String key(MimeMessage message) {
        try {
            return message.getHeader(X_LEADFLOW_KEY)[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
