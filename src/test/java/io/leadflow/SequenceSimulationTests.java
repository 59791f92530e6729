package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.nurture.SequenceSimulation;
import io.leadflow.nurture.SimulatedEmail;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A designer previews what a lead would receive from a sequence, and when, without sending anything. */
@LeadflowTest
class SequenceSimulationTests {

    static final Map<String, Object> ADA = Map.of("firstName", "Ada", "consent", Map.of("marketingEmail", true));

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        if (identity.createUserQuery().userId("dora").count() == 0) {
            User user = identity.newUser("dora");
            user.setPassword("dora-password");
            identity.saveUser(user);
            identity.createMembership("dora", "designers");
        }
    }

    @Test
    void theAwarenessSequenceSendsThreeEmailsOnDaysZeroThreeAndEight() {
        // given
        long outbox = outboxSize();
        long instances = runtime.createProcessInstanceQuery().count();

        // when
        ResponseEntity<SequenceSimulation> response = simulate("NurtureAwareness", ADA, SequenceSimulation.class);

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        SequenceSimulation simulation = response.getBody();
        assertThat(simulation.wouldSend()).isTrue();
        assertThat(simulation.emails())
                .containsExactly(
                        new SimulatedEmail(
                                1,
                                "Task_SendEmail1",
                                "awareness-1",
                                "Where do your B2B leads go after the first form?",
                                0),
                        new SimulatedEmail(
                                2, "Task_SendEmail2", "awareness-2", "Why most marketing leads never become sales", 3),
                        new SimulatedEmail(
                                3,
                                "Task_SendEmail3",
                                "awareness-3",
                                "Checklist: is your lead scoring telling the truth?",
                                8));
        assertThat(outboxSize()).isEqualTo(outbox);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void aLeadWithoutConsentWouldGetNothingAndBadInputIsRejected() {
        SequenceSimulation noConsent =
                simulate("NurtureKeepWarm", Map.of(), SequenceSimulation.class).getBody();
        assertThat(noConsent.wouldSend()).isFalse();
        assertThat(noConsent.emails()).isNotEmpty();

        ResponseEntity<String> bad = simulate("NurtureAwareness", Map.of("email", "not-an-email"), String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("email");
        assertThat(simulate("NoSuchSequence", ADA, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private <T> ResponseEntity<T> simulate(String key, Map<String, Object> profile, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("dora", "dora-password")
                .postForEntity("/api/sequences/{key}/simulate", new HttpEntity<>(profile, headers), type, key);
    }

    private long outboxSize() {
        return jdbc.sql("select count(*) from email_outbox").query(Long.class).single();
    }
}
