package io.leadflow;

import static io.leadflow.Driver.apiKey;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.lead.LeadId;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST/GET /api/leads: capture, merge, search, timeline, and every kind of bad input. */
@LeadflowTest
class LeadApiTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Driver driver;

    @Test
    void newLeadIsCreatedWithLocationAndStartsItsLifecycle() throws Exception {
        // given
        String email = uniqueEmail("Capture").toUpperCase();

        // when
        ResponseEntity<String> response = post(
                """
                {"email": "  %s ", "firstName": "Grace", "company": "Navy", "jobTitle": "CTO", "companySize": 400,
                 "country": "us", "consent": {"marketingEmail": true}, "bant": {"need": true}}"""
                        .formatted(email));

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode lead = json.readTree(response.getBody());
        assertThat(response.getHeaders().getLocation().getPath())
                .isEqualTo("/api/leads/" + lead.get("id").asText());
        assertThat(lead.get("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(lead.get("country").asText()).isEqualTo("US");
        assertThat(lead.get("stage").asText()).isEqualTo("LEAD");
        assertThat(json.readTree(
                        get(response.getHeaders().getLocation().getPath()).getBody()))
                .as("the answer is the lead as stored")
                .isEqualTo(lead);
        LeadId id = new LeadId(lead.get("id").asText());
        assertThat(driver.lifecycleCount(id)).isEqualTo(1);
        BpmnAwareTests.assertThat(driver.lifecycle(id)).isWaitingAt("StartEvent_LeadCaptured");

        // and when the job executor runs the asynchronous start, the lead is scored
        driver.startLifecycle(id);
        JsonNode scored = json.readTree(get("/api/leads/" + id.value()).getBody());
        assertThat(scored.get("buyingStage").asText()).isEqualTo("NEED_NO_BANT");
        assertThat(scored.at("/score/fitGrade").asText()).isNotBlank();
        BpmnAwareTests.assertThat(driver.lifecycle(id)).hasPassed("Task_ScoreFit");
    }

    @Test
    void repeatedSubmitMergesIntoTheSameLead() throws Exception {
        // given
        String email = uniqueEmail("merge");
        String id = json.readTree(post("{\"email\": \"%s\", \"firstName\": \"Linus\"}".formatted(email))
                        .getBody())
                .get("id")
                .asText();
        driver.startLifecycle(new LeadId(id));

        // when
        ResponseEntity<String> again =
                post("{\"email\": \"%s\", \"company\": \"Kernel Ltd\"}".formatted(email.toUpperCase()));

        // then
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode merged = json.readTree(again.getBody());
        assertThat(merged.get("id").asText()).isEqualTo(id);
        assertThat(merged.get("firstName").asText()).isEqualTo("Linus");
        assertThat(merged.get("company").asText()).isEqualTo("Kernel Ltd");
        assertThat(driver.lifecycleCount(new LeadId(id))).isEqualTo(1);
        assertThat(get("/api/leads/" + id + "/timeline").getBody()).contains("LEAD_RESUBMITTED", "FIT_SCORED");
    }

    @Test
    void searchFindsLeadsByStageAndText() throws Exception {
        // given
        String email = uniqueEmail("searchable");
        post("{\"email\": \"%s\", \"company\": \"Zyxwv Searchable AG\"}".formatted(email));

        // when
        JsonNode page =
                json.readTree(get("/api/leads?stage=LEAD&q=zyxwv&size=5").getBody());

        // then
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.at("/items/0/email").asText()).isEqualTo(email);
    }

    @Test
    void unknownLeadIsNotFound() {
        ResponseEntity<String> response = get("/api/leads/does-not-exist");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing email | {\"firstName\": \"Nobody\"} | email",
                "bad email | {\"email\": \"not-an-address\"} | email",
                "unknown country | {\"email\": \"x@example.com\", \"country\": \"Germany\"} | country",
                "not a number | {\"email\": \"x@example.com\", \"companySize\": \"huge\"} | companySize",
                "negative size | {\"email\": \"x@example.com\", \"companySize\": -3} | companySize",
                "bad boolean | {\"email\": \"x@example.com\", \"bant\": {\"budget\": \"maybe\"}} | bant.budget",
            })
    void invalidLeadIsRefusedFieldByFieldAndNothingIsWritten(String name, String body, String field) throws Exception {
        // given
        long before = leadCount();

        // when
        ResponseEntity<String> response = post(body);

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .contains(field);
        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void unknownStageInSearchIsRefused() throws Exception {
        ResponseEntity<String> response = get("/api/leads?stage=HOT");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .contains("stage");
    }

    @Test
    void outOfRangeSearchParametersAreRefusedFieldByField() throws Exception {
        ResponseEntity<String> response = get("/api/leads?size=500&grade=Z&page=-1");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("size", "grade", "page");
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        long before = leadCount();

        ResponseEntity<String> response = post("{\"email\": \"a@example.com\",");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("title").asText()).isEqualTo("Malformed JSON");
        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void oversizedBodyIsRefused() {
        long before = leadCount();

        ResponseEntity<String> response =
                post("{\"email\": \"a@example.com\", \"company\": \"" + "x".repeat(70_000) + "\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(leadCount()).isEqualTo(before);
    }

    private ResponseEntity<String> post(String body) {
        return http.exchange("/api/leads", HttpMethod.POST, new HttpEntity<>(body, apiKey()), String.class);
    }

    private ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(apiKey()), String.class);
    }

    private long leadCount() {
        return jdbc.sql("select count(*) from lead").query(Long.class).single();
    }
}
