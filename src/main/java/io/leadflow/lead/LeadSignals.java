package io.leadflow.lead;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a lead's lifecycle about a state change it waits for (qualified, hand raised, track
 * changed). The signal is written in the caller's transaction and correlated right after commit,
 * outside it, with retries: scoring never fails because the process instance was busy.
 */
@Component
public class LeadSignals {

    private final JdbcClient jdbc;
    private final SignalDispatcher dispatcher;
    private final Clock clock;

    LeadSignals(JdbcClient jdbc, SignalDispatcher dispatcher, Clock clock) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** @param sequence the nurture sequence a track change asks for, or null to let the rules pick */
    public void raise(LeadId leadId, String message, String reason, String sequence) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into lead_signal (lead_id, message, sequence, reason, status, attempts, next_attempt_at,"
                        + " created_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .params(leadId.value(), message, sequence, reason, now, now)
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.dispatch(leadId);
                }
            });
        } else {
            dispatcher.dispatch(leadId);
        }
    }
}
