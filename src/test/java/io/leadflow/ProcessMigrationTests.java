package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.designer.MigrationPreview;
import io.leadflow.designer.MigrationResult;
import io.leadflow.designer.RevertResult;
import io.leadflow.designer.SourceVersion;
import java.util.Date;
import java.util.List;
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

/** v1 → v2 of a sequence (step 2 removed, step 4 added) with leads waiting at timers: preview, canary, run, revert. */
@LeadflowTest
class ProcessMigrationTests {

    static final String API = "/api/processes/" + MigrationFixture.KEY + "/migrations";

    @Autowired
    MigrationFixture fixture;

    @Autowired
    RuntimeService runtime;

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void users() {
        user("dora", "designers");
        user("sam", "sales");
    }

    @Test
    void runningLeadsMoveToTheNewVersionCanaryFirstKeepTheirTimersAndCanBeMovedBack() {
        // given 10 leads waiting after step 1 and 2 after step 2 of v1, then v2 is deployed
        fixture.deploy("sequence-v1.bpmn");
        List<String> atStep1 = fixture.leadsWaitingAfterStep(10, 1);
        List<String> atStep2 = fixture.leadsWaitingAfterStep(2, 2);
        Map<String, Date> dueBefore = fixture.timerDueDates();
        fixture.deploy("sequence-v2.bpmn");

        // when a designer previews
        SourceVersion v1 =
                post(API + "/preview", null, MigrationPreview.class).sources().get(0);

        // then
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.instances()).isEqualTo(12);
        assertThat(v1.waitingAt()).containsEntry("Gateway_AfterEmail1", 10L).containsEntry("Gateway_AfterEmail2", 2L);
        assertThat(v1.mapping())
                .containsEntry("Gateway_AfterEmail1", "Gateway_AfterEmail1")
                .containsEntry("Event_Step1Elapsed", "Event_Step1Elapsed")
                .doesNotContainKey("Task_SendEmail2");
        assertThat(v1.unmapped()).containsExactly("Gateway_AfterEmail2");
        assertThat(v1.migratable()).isEqualTo(10);

        // when a 10 % canary runs, then the rest
        MigrationResult canary = post(API, Map.of("canaryPercent", 10), MigrationResult.class);
        MigrationResult rest = post(API, null, MigrationResult.class);

        // then one lead moved first, nine after; leads at the removed step stay on v1; timers are unchanged
        assertThat(canary.migrated()).isOne();
        assertThat(canary.migratedAt()).containsExactly(Map.entry("Gateway_AfterEmail1", 1L));
        assertThat(canary.skippedAt())
                .containsEntry("Gateway_AfterEmail1", 9L)
                .containsEntry("Gateway_AfterEmail2", 2L);
        assertThat(rest.migrated()).isEqualTo(9);
        assertThat(fixture.versionOf(atStep1)).containsOnly(2);
        assertThat(fixture.versionOf(atStep2)).containsOnly(1);
        assertThat(fixture.timerDueDates()).isEqualTo(dueBefore);

        // when the full run is reverted
        RevertResult revert = post(API + "/" + rest.id() + "/revert", null, RevertResult.class);

        // then those nine are back on v1, the canary lead stays on v2, timers still unchanged
        assertThat(revert.reverted()).isEqualTo(9);
        assertThat(fixture.versionOf(atStep1)).containsOnly(1, 2);
        assertThat(fixture.versionOf(atStep1).stream().filter(version -> version == 2))
                .hasSize(1);
        assertThat(fixture.timerDueDates()).isEqualTo(dueBefore);
        assertThat(call("dora", API + "/" + rest.id() + "/revert", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        // and the canary lead follows v2 when its timer fires: step 3 is sent (step 2 is gone), then it waits for step
        // 4
        String canaryLead = atStep1.stream()
                .filter(id -> fixture.versionOf(List.of(id)).get(0) == 2)
                .findFirst()
                .orElseThrow();
        fixture.fireTimer(canaryLead);
        assertThat(runtime.getActiveActivityIds(canaryLead)).containsExactly("Event_Step3Elapsed");
    }

    @Test
    void onlyDesignersMigrateAndBadInputChangesNothing() {
        assertThat(call("sam", API + "/preview", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> bad = call("dora", API, Map.of("canaryPercent", 0));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(bad.getBody()).contains("canaryPercent");
        assertThat(call("dora", "/api/processes/NoSuchProcess/migrations/preview", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private <T> T post(String path, Object body, Class<T> type) {
        ResponseEntity<T> response =
                http.withBasicAuth("dora", "dora-password").postForEntity(path, new HttpEntity<>(body, json()), type);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<String> call(String user, String path, Object body) {
        return http.withBasicAuth(user, user + "-password")
                .postForEntity(path, new HttpEntity<>(body, json()), String.class);
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(id + "-password");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
