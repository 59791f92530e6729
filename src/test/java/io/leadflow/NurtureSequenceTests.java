package io.leadflow;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The awareness sequence: a step per email, the next on a timer or early on engagement, then keep-warm. */
@LeadflowTest
class NurtureSequenceTests {

    @Autowired
    Driver driver;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    @Test
    void stepsAdvanceOnTimerOrEngagementAndExhaustedLeadsAreKeptWarm() throws Exception {
        // given a new lead with no need yet, in the awareness sequence
        String email = uniqueEmail("steps");
        LeadId id = driver.capture(coldLead(email));
        driver.runDueJobs(id);
        ProcessInstance awareness = driver.sequence(id);
        assertThat(awareness.getProcessDefinitionId()).startsWith("NurtureAwareness:");
        assertThat(awareness).isWaitingAt("Gateway_AfterEmail1");

        // when the wait after step 1 ends on its timer
        driver.fireTimer(id);
        // and the wait after step 2 ends early because the lead engaged
        runtime.createMessageCorrelation(LeadProcess.MESSAGE_NURTURE_ENGAGED)
                .processInstanceBusinessKey(id.value())
                .correlate();
        driver.runDueJobs(id);
        driver.dispatchEmails();

        // then three different emails went out, and the lead rests before keep-warm starts
        assertThat(awareness)
                .hasPassedInOrder(
                        "Task_SendEmail1",
                        "Event_Step1Elapsed",
                        "Task_SendEmail2",
                        "Event_Step2Engaged",
                        "Task_SendEmail3")
                .isEnded();
        assertThat(driver.emailsTo(email))
                .extracting(MimeMessage::getSubject)
                .doesNotHaveDuplicates()
                .hasSize(3);
        assertThat(driver.lifecycle(id)).isWaitingAt("Event_RestBeforeKeepWarm");
        assertThat(jdbc.sql("select count(*) from email_outbox where lead_id = ? and status = 'SENT'")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void leadWithoutConsentIsNurturedButNotEmailed() {
        // given
        String email = uniqueEmail("noconsent");
        LeadId id = driver.capture(new io.leadflow.lead.LeadForm(
                email, "No", "Consent", null, null, null, null, null, null, "fair", null, null, null));

        // when
        driver.runDueJobs(id);
        driver.dispatchEmails();

        // then
        assertThat(driver.sequence(id)).hasPassed("Task_SendEmail1");
        assertThat(driver.emailsTo(email)).isEmpty();
        assertThat(jdbc.sql("select count(*) from lead_timeline where lead_id = ? and type = 'EMAIL_SKIPPED'")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
