package io.leadflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.LeadflowTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/** GET /api/reports/lead-flow: who may read it and how bad parameters are answered. */
@LeadflowTest
@TestPropertySource(properties = ReportingDatabase.URL)
@Order(Integer.MAX_VALUE) // a context of its own runs last, see junit-platform.properties
class LeadFlowApiTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    ObjectMapper json;

    @Test
    void marketingReadsTheReportWithDefaultRangeAndForecast() throws Exception {
        // given
        user("rita", "marketing");

        // when
        ResponseEntity<String> response = get("rita", "/api/reports/lead-flow?groupBy=campaign");

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(response.getBody());
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(
                        java.time.LocalDate.parse(report.get("from").asText()),
                        java.time.LocalDate.parse(report.get("to").asText())))
                .isEqualTo(89);
        assertThat(report.get("groupBy").asText()).isEqualTo("campaign");
        assertThat(report.at("/forecast/horizons")).hasSize(3);
        assertThat(report.at("/forecast/weeks/0/entries/MQL/expected").isNumber())
                .isTrue();
    }

    @Test
    void salesMayNotReadTheReport() {
        // given
        user("sam", "sales");

        // when
        ResponseEntity<String> response = get("sam", "/api/reports/lead-flow");

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void rejectsFromAfterToAsFieldError() throws Exception {
        // when
        ResponseEntity<String> response = get("admin", "/api/reports/lead-flow?from=2026-03-31&to=2026-01-01");

        // then
        assertInvalid(response, "to", "must not be before from");
    }

    @Test
    void rejectsUnknownGroupByAsFieldError() throws Exception {
        // when
        ResponseEntity<String> response = get("admin", "/api/reports/lead-flow?groupBy=region");

        // then
        assertInvalid(response, "groupBy", "must be one of [source, campaign, team]");
    }

    @Test
    void rejectsMalformedDateAsFieldError() throws Exception {
        // when
        ResponseEntity<String> response = get("admin", "/api/reports/lead-flow?from=last-monday");

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).at("/errors/0/field").asText())
                .isEqualTo("from");
    }

    private void assertInvalid(ResponseEntity<String> response, String field, String message) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = json.readTree(response.getBody()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
        assertThat(errors.get(0).get("message").asText()).isEqualTo(message);
    }

    private ResponseEntity<String> get(String user, String path) {
        String password = "admin".equals(user) ? "admin-secret" : user + "-password";
        return http.withBasicAuth(user, password).getForEntity(path, String.class);
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
