package io.leadflow;

import static io.leadflow.Driver.apiKey;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.lead.LeadId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole app on PostgreSQL (postgres profile, Flyway, Camunda schema): a lead from capture to customer. */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// postgres first, test second: the test profile keeps jobs and the outbox driven by the test
@ActiveProfiles({"postgres", "test"})
class PostgresTests {

    private static PostgresDatabase database;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database().url());
        registry.add("spring.datasource.username", () -> database().user());
        registry.add("spring.datasource.password", () -> database().password());
    }

    private static synchronized PostgresDatabase database() {
        if (database == null) {
            database = PostgresDatabase.create("e2e");
        }
        return database;
    }

    @Test
    void leadIsNurturedQualifiedAcceptedHandedOverAndWonOnPostgres() throws Exception {
        // given a well-fitting lead captured over HTTP
        String email = uniqueEmail("pg");
        ResponseEntity<String> captured = post(
                "/api/leads",
                """
                {"email": "%s", "firstName": "Grace", "lastName": "Hopper", "company": "Compilers Inc",
                 "jobTitle": "Head of Marketing", "companySize": 250, "industry": "Software", "country": "DE",
                 "source": "webinar", "consent": {"marketingEmail": true},
                 "bant": {"budget": true, "authority": true, "need": true, "timeline": true}}"""
                        .formatted(email));
        assertThat(captured.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        LeadId id = new LeadId(json.readTree(captured.getBody()).get("id").asText());

        // when the first nurture email is sent
        driver.runDueJobs(id);
        driver.dispatchEmails();

        // then it reached SMTP
        assertThat(driver.emailsTo(email)).hasSize(1);

        // when the lead engages past the MQL rule through the events API
        String events = List.of("WEBINAR_ATTENDED", "EMAIL_REPLIED", "FORM_SUBMITTED", "EMAIL_CLICKED").stream()
                .map(type ->
                        "{\"leadId\": \"%s\", \"type\": \"%s\", \"eventId\": \"%s\"}".formatted(id.value(), type, type))
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        assertThat(post(
                                "/api/events",
                                "[" + events + ","
                                        + "{\"leadId\": \"%s\", \"type\": \"CONTENT_DOWNLOADED\", \"content\": \"whitepaper\"}]"
                                                .formatted(id.value()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        // then it waits for sales, and the same events sent again are duplicates
        assertThat(stage(id)).isEqualTo("MQL");
        assertThat(post("/api/events", "[" + events + "]").getBody())
                .contains("DUPLICATE")
                .doesNotContain("ACCEPTED");
        assertThat(driver.salesTask(id)).isNotNull();

        // when a rep accepts and the CRM hand-over job runs
        accept(id);
        driver.runDueJobs(id);
        String opportunity = jdbc.sql("select id from crm_opportunity where lead_id = ? and status = 'OPEN'")
                .param(id.value())
                .query(String.class)
                .single();
        assertThat(stage(id)).isEqualTo("OPPORTUNITY");

        // and the CRM reports it won
        assertThat(driver.closeOpportunity(opportunity, "WON").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // then
        assertThat(stage(id)).isEqualTo("CUSTOMER");
        assertThat(driver.lifecycle(id)).isNull();
    }

    private void accept(LeadId id) {
        if (identity.createUserQuery().userId("petra").count() == 0) {
            User user = identity.newUser("petra");
            user.setPassword("petra-password");
            identity.saveUser(user);
            identity.createMembership("petra", "sales-emea");
        }
        identity.setAuthentication("petra", List.of("sales-emea"));
        try {
            Task task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(id.value())
                    .singleResult();
            tasks.claim(task.getId(), "petra");
            tasks.complete(task.getId(), Map.of("accepted", "yes", "note", "Call booked"));
        } finally {
            identity.clearAuthentication();
        }
    }

    private String stage(LeadId id) throws Exception {
        JsonNode lead = json.readTree(
                http.exchange("/api/leads/" + id.value(), HttpMethod.GET, new HttpEntity<>(apiKey()), String.class)
                        .getBody());
        return lead.get("stage").asText();
    }

    private ResponseEntity<String> post(String path, String body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, apiKey()), String.class);
    }
}
