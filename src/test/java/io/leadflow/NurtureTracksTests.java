package io.leadflow;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.leadflow.lead.LeadId;
import io.leadflow.nurture.Enrollments;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every nurture track runs its steps in order, one email each, and ends. */
@LeadflowTest
class NurtureTracksTests {

    @Autowired
    Driver driver;

    @Autowired
    Enrollments enrollments;

    @ParameterizedTest(name = "{0}: {1} emails")
    @CsvSource({"NurtureConsideration, 3", "NurtureDecision, 3", "NurtureReNurture, 3", "NurtureKeepWarm, 2"})
    void trackSendsEachStepOnceAndEnds(String track, int steps) throws Exception {
        // given a lead sent into the track
        String email = uniqueEmail("track");
        LeadId id = driver.capture(coldLead(email));
        driver.runDueJobs(id);
        assertThat(enrollments.enroll(id, track, "test")).isEqualTo(Enrollments.Outcome.ENROLLED);
        driver.runDueJobs(id);
        ProcessInstance sequence = driver.sequence(id);
        assertThat(sequence.getProcessDefinitionId()).startsWith(track + ":");

        // when every wait ends on its timer
        for (int step = 1; step < steps; step++) {
            driver.fireTimer(id);
        }
        driver.dispatchEmails();

        // then each step sent one email, in order, and the sequence is done
        assertThat(sequence)
                .hasPassed("Task_SendEmail1", "Task_SendEmail" + steps)
                .isEnded();
        assertThat(driver.emailsTo(email))
                .extracting(MimeMessage::getSubject)
                .doesNotHaveDuplicates()
                .hasSize(1 + steps);
    }
}
