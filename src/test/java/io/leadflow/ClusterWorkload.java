package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The cluster and fault tests' lead journey, checked in the database and on the SMTP server: capture,
 * welcome email, qualification, sales acceptance, CRM hand-over; duplicates by X-Leadflow-Key.
 */
public final class ClusterWorkload {

    public static final String X_LEADFLOW_KEY = "X-Leadflow-Key";
    private final JdbcClient db;
    private final GreenMail smtp;
    private final Duration timeout;

    /** timeout: how long each wait may take (scale it with the number of leads). */
    public ClusterWorkload(PostgresDatabase database, GreenMail smtp, Duration timeout) {
        this.db = JdbcClient.create(new DriverManagerDataSource(database.url(), database.user(), database.password()));
        this.smtp = smtp;
        this.timeout = timeout;
    }

    /** An SMTP server on a free local port for the nodes to send to; the caller stops it. */
    public static GreenMail startSmtp() {
        GreenMail smtp =
                new GreenMail(new ServerSetup(LeadflowNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** Captures count leads (emails prefix-i@cluster.example) on a few client threads; returns their ids. */
    public List<String> capture(ClusterClient cluster, String prefix, int from, int count) {
        return IntStream.range(from, from + count)
                .parallel()
                .mapToObj(i -> cluster.capture(i, prefix + "-" + i + "@cluster.example"))
                .toList();
    }

    /** Waits until every lead's first email (the welcome email) is marked sent. */
    public void awaitWelcomeEmails(List<String> leads) {
        await().atMost(timeout)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> count("select count(distinct lead_id) from email_outbox where status = 'SENT'"
                                + " and lead_id in (" + inList(leads) + ")")
                        == leads.size());
    }

    /** Qualifies every lead by events, then accepts sales tasks until every lead is an opportunity. */
    public void runToCrm(ClusterClient cluster, List<String> leads) {
        cluster.qualify(leads);
        await().atMost(timeout).pollInterval(Duration.ofSeconds(1)).until(() -> {
            cluster.acceptOpenTasks();
            return stageCount(leads, "OPPORTUNITY") == leads.size();
        });
    }

    /** Every lead at the stage with one CRM opportunity each, and no incident anywhere. */
    public void assertAtCrm(List<String> leads) {
        assertThat(stageCount(leads, "OPPORTUNITY")).as("leads at OPPORTUNITY").isEqualTo(leads.size());
        assertThat(count("select count(*) from crm_opportunity where lead_id in (" + inList(leads) + ")"))
                .as("one CRM opportunity per lead")
                .isEqualTo(leads.size());
        assertThat(count("select count(*) from act_ru_incident"))
                .as("incidents")
                .isZero();
    }

    /** Idempotency keys the SMTP server received more than once. */
    public List<String> duplicateKeys() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(ClusterWorkload::key)
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()))
                .entrySet()
                .stream()
                .filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** How many different idempotency keys the SMTP server received. */
    public long receivedKeys() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(ClusterWorkload::key)
                .distinct()
                .count();
    }

    public long stageCount(List<String> leads, String stage) {
        return db.sql("select count(*) from lead where lifecycle_stage = ? and id in (" + inList(leads) + ")")
                .param(stage)
                .query(Long.class)
                .single();
    }

    public long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    public JdbcClient db() {
        return db;
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
