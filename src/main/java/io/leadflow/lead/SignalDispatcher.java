package io.leadflow.lead;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Correlates pending lead signals, one per state change. A lead whose lifecycle does not wait for
 * the message (already with sales, say) simply has nothing to correlate; a busy instance is retried.
 */
@Component
class SignalDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SignalDispatcher.class);
    private static final int MAX_ATTEMPTS = 10;

    private record Signal(long id, LeadId leadId, String message, String sequence, String reason, int attempts) {}

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final TransactionTemplate transactions;
    private final LeadTimeline timeline;
    private final Clock clock;

    SignalDispatcher(
            JdbcClient jdbc,
            RuntimeService runtime,
            PlatformTransactionManager transactionManager,
            LeadTimeline timeline,
            Clock clock) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        // also called from afterCommit of the scoring transaction: always a transaction of its own
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.timeline = timeline;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${leadflow.signals.poll-interval:PT2S}")
    void sweep() {
        pending(
                        "select id, lead_id, message, sequence, reason, attempts from lead_signal"
                                + " where status = 'PENDING' and next_attempt_at <= ? order by id limit 200",
                        Timestamp.from(clock.instant()))
                .forEach(this::deliver);
    }

    void dispatch(LeadId leadId) {
        pending(
                        "select id, lead_id, message, sequence, reason, attempts from lead_signal"
                                + " where status = 'PENDING' and lead_id = ? order by id",
                        leadId.value())
                .forEach(this::deliver);
    }

    private List<Signal> pending(String sql, Object param) {
        return jdbc.sql(sql)
                .param(param)
                .query((rs, n) -> new Signal(
                        rs.getLong(1),
                        new LeadId(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .list();
    }

    private void deliver(Signal signal) {
        try {
            transactions.executeWithoutResult(tx -> {
                if (jdbc.sql("update lead_signal set status = 'DONE' where id = ? and status = 'PENDING'")
                                .param(signal.id())
                                .update()
                        == 1) {
                    correlate(signal);
                }
            });
        } catch (RuntimeException busyOrFailed) {
            retryLater(signal, busyOrFailed);
        }
    }

    private void correlate(Signal signal) {
        Map<String, Object> variables = new HashMap<>();
        if (LeadProcess.MESSAGE_TRACK_CHANGED.equals(signal.message())) {
            variables.put(LeadProcess.VAR_REQUESTED_SEQUENCE, signal.sequence());
            variables.put(LeadProcess.VAR_RECYCLE_REASON, null);
            jdbc.sql("select buying_stage from lead where id = ?")
                    .param(signal.leadId().value())
                    .query(String.class)
                    .optional()
                    .ifPresent(stage -> variables.put(LeadProcess.VAR_BUYING_STAGE, stage));
        } else if (!LeadProcess.MESSAGE_NURTURE_ENGAGED.equals(signal.message())) {
            variables.put(LeadProcess.VAR_QUALIFICATION_REASON, signal.reason());
        }
        runtime.createMessageCorrelation(signal.message())
                .processInstanceBusinessKey(signal.leadId().value())
                .setVariables(variables)
                .correlateAllWithResult();
    }

    private static String abbreviate(String message) {
        return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    }

    private void retryLater(Signal signal, RuntimeException cause) {
        int attempts = signal.attempts() + 1;
        String status = attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
        Duration backoff = Duration.ofSeconds(Math.min(300, 1L << Math.min(attempts, 8)));
        jdbc.sql("update lead_signal set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(
                        status,
                        attempts,
                        Timestamp.from(clock.instant().plus(backoff)),
                        abbreviate(cause.getMessage()),
                        signal.id())
                .update();
        if ("FAILED".equals(status)) {
            timeline.record(
                    signal.leadId(),
                    "SIGNAL_FAILED",
                    signal.message() + " could not be delivered: " + cause.getMessage());
        }
        log.info(
                "Signal {} for lead {} not delivered (attempt {}): {}",
                signal.message(),
                signal.leadId(),
                attempts,
                cause.getMessage());
    }
}
