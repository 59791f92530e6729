package io.leadflow.lead;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * GDPR erasure: personal data goes, the anonymous stage history stays so funnel numbers still add up.
 */
@Component
public class LeadEraser {

    private final JdbcClient jdbc;
    private final LeadTimeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadEraser(JdbcClient jdbc, LeadTimeline timeline, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void erase(LeadId id) {
        int rows = jdbc.sql("update lead set email = ?, first_name = null, last_name = null, company = null,"
                        + " job_title = null, phone = null, consent_marketing_email = false,"
                        + " qualification_reason = null, erased_at = ?, updated_at = ?"
                        + " where id = ? and erased_at is null")
                .params("erased-" + id.value() + "@erased.invalid", now(), now(), id.value())
                .update();
        if (rows > 0) {
            timeline.forget(id);
            // the staged copy of an imported row holds the same personal data
            jdbc.sql("update lead_import_row set email = null, form = null, raw = '' where lead_id = ?")
                    .param(id.value())
                    .update();
            events.publishEvent(new LeadErased(id));
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
