package io.leadflow;

import static io.leadflow.Driver.fittingLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.lead.LeadId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** No anonymous access to /api or /engine-rest, groups decide what a user may do. */
@LeadflowTest
class SecurityTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    Driver driver;

    @BeforeEach
    void users() {
        user("mia", "marketing");
        user("sam", "sales");
        user("eve", "sales-emea");
    }

    @Test
    void anonymousCallsAreUnauthorized() {
        assertThat(call("/api/leads", HttpMethod.GET, null, null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call("/api/leads", HttpMethod.POST, null, "{\"email\":\"a@example.com\"}")
                        .getHeaders()
                        .getContentType()
                        .toString())
                .isEqualTo("application/problem+json");
        assertThat(call("/engine-rest/process-definition", HttpMethod.GET, null, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void wrongPasswordAndWrongApiKeyAreUnauthorized() {
        HttpHeaders wrongKey = new HttpHeaders();
        wrongKey.set("X-Api-Key", "guess");
        assertThat(http.exchange("/api/leads", HttpMethod.GET, new HttpEntity<>(wrongKey), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("nobody", "secret")
                        .getForEntity("/api/leads", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void marketingCapturesLeadsSalesMayOnlyReadThem() {
        String lead = "{\"email\":\"" + uniqueEmail("sec") + "\"}";
        assertThat(call("/api/leads", HttpMethod.POST, "mia", lead).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(call("/api/leads", HttpMethod.POST, "sam", lead).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call("/api/leads", HttpMethod.GET, "sam", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void adminUsesTheEngineRestApiAndHealthIsPublic() {
        assertThat(http.withBasicAuth("admin", "admin-secret")
                        .getForEntity("/engine-rest/process-definition/key/LeadLifecycle", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void salesRepsSeeOnlyTasksOfTheirTeam() {
        // given a German hand-raiser, routed to sales-emea
        LeadId id = driver.capture(fittingLead(uniqueEmail("team"), "demo-request"));
        String taskId = driver.salesTask(id).getId();

        // then the EMEA rep sees it, a rep of another team does not
        assertThat(visibleTaskIds("eve", "sales-emea")).contains(taskId);
        assertThat(visibleTaskIds("sam", "sales")).doesNotContain(taskId);
    }

    private List<String> visibleTaskIds(String user, String group) {
        try {
            identity.setAuthentication(user, List.of(group));
            return tasks.createTaskQuery().list().stream()
                    .map(task -> task.getId())
                    .toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    private ResponseEntity<String> call(String path, HttpMethod method, String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user + "-password");
        return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
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
