package io.leadflow;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.leadflow.lead.LeadId;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Contact pressure: weekly cap and send window defer emails, never drop them; final failures are incidents. */
@LeadflowTest
@Import(ContactPressureTests.Clocks.class)
@TestPropertySource(
        properties = {
            "leadflow.nurture.max-emails-per-week=2",
            "leadflow.nurture.send-window.days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
            "leadflow.nurture.send-window.start-hour=9",
            "leadflow.nurture.send-window.end-hour=17",
            "leadflow.nurture.outbox.max-attempts=2"
        })
@Order(ProcessEngineAssertions.SEPARATE_CONTEXT)
class ContactPressureTests {

    private static final Instant MONDAY_EVENING = Instant.parse("2026-11-23T20:00:00Z");
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-24T10:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(TUESDAY_MORNING);
        }
    }

    @Autowired
    Driver driver;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail smtp;

    @Autowired
    RuntimeService runtime;

    @Test
    void emailOutsideTheSendWindowWaitsForItToOpen() {
        // given a lead whose first email is due on Monday evening
        clock.set(MONDAY_EVENING);
        String email = uniqueEmail("window");
        LeadId id = driver.capture(coldLead(email));
        driver.runDueJobs(id);

        // when
        driver.dispatchEmails();

        // then it waits until the window opens on Tuesday at 9, and goes out then
        assertThat(driver.emailsTo(email)).isEmpty();
        assertThat(nextAttempt(id)).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(timeline(id, "EMAIL_DEFERRED")).isEqualTo(1);
        clock.set(TUESDAY_MORNING);
        driver.dispatchEmails();
        assertThat(driver.emailsTo(email)).hasSize(1);
    }

    @Test
    void weeklyCapDefersTheThirdEmailByAWeek() {
        // given two emails sent to a lead this week
        clock.set(TUESDAY_MORNING);
        String email = uniqueEmail("cap");
        LeadId id = driver.capture(coldLead(email));
        driver.runDueJobs(id);
        driver.dispatchEmails();
        driver.fireTimer(id);
        driver.dispatchEmails();

        // when the third is due
        driver.fireTimer(id);
        driver.dispatchEmails();

        // then it waits until the first two leave the 7-day window
        assertThat(driver.emailsTo(email)).hasSize(2);
        assertThat(nextAttempt(id)).isEqualTo(TUESDAY_MORNING.plusSeconds(7 * 24 * 3600));
        clock.set(TUESDAY_MORNING.plusSeconds(7 * 24 * 3600 + 60));
        driver.dispatchEmails();
        assertThat(driver.emailsTo(email)).hasSize(3);
    }

    @Test
    void emailThatKeepsFailingBecomesAnIncidentOfThatLead() {
        // given
        clock.set(TUESDAY_MORNING);
        LeadId id = driver.capture(coldLead(uniqueEmail("incident")));
        driver.runDueJobs(id);

        // when every attempt fails
        smtp.stop();
        try {
            driver.dispatchEmails();
            jdbc.sql("update email_outbox set next_attempt_at = ? where lead_id = ?")
                    .params(java.sql.Timestamp.from(TUESDAY_MORNING), id.value())
                    .update();
            driver.dispatchEmails();
        } finally {
            smtp.start();
        }

        // then
        assertThat(jdbc.sql("select status from email_outbox where lead_id = ?")
                        .param(id.value())
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
        assertThat(runtime.createIncidentQuery()
                        .incidentType("emailDelivery")
                        .processInstanceId(driver.lifecycle(id).getId())
                        .count())
                .isOne();
    }

    private Instant nextAttempt(LeadId id) {
        return jdbc.sql("select min(next_attempt_at) from email_outbox where lead_id = ? and status = 'PENDING'")
                .param(id.value())
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    private long timeline(LeadId id, String type) {
        return jdbc.sql("select count(*) from lead_timeline where lead_id = ? and type = ?")
                .params(id.value(), type)
                .query(Long.class)
                .single();
    }
}
