package io.leadflow;

import static io.leadflow.Driver.apiKey;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.lead.LeadId;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

/** POST /api/leads/batch: many leads in one request, each created or merged once, all or nothing. */
@LeadflowTest
class LeadBatchApiTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Driver driver;

    @Test
    void batchCreatesNewLeadsMergesKnownOnesAndStartsOneLifecycleEach() throws Exception {
        // given one known lead, and a batch naming it, two new people and one of them twice
        String known = uniqueEmail("batch-known");
        LeadId knownId = driver.capture(Driver.coldLead(known));
        String ada = uniqueEmail("batch-ada");
        String alan = uniqueEmail("batch-alan");

        // when
        ResponseEntity<String> response = post(
                """
                {"leads": [{"email": "%s", "company": "Known Ltd"}, {"email": "%s", "firstName": "Ada"},
                           {"email": "%s", "companySize": 40}, {"email": "%s", "company": "Engines Ltd"}]}"""
                        .formatted(known, ada, alan, ada.toUpperCase()));

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode result = json.readTree(response.getBody());
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("merged").asInt()).isEqualTo(2);
        assertThat(result.get("leads").findValuesAsText("status"))
                .containsExactly("MERGED", "CREATED", "CREATED", "MERGED");
        assertThat(result.at("/leads/0/id").asText()).isEqualTo(knownId.value());
        assertThat(result.at("/leads/3/id").asText())
                .isEqualTo(result.at("/leads/1/id").asText());
        LeadId adaId = new LeadId(result.at("/leads/1/id").asText());
        assertThat(jdbc.sql("select first_name || ' ' || company from lead where id = ?")
                        .param(adaId.value())
                        .query(String.class)
                        .single())
                .isEqualTo("Ada Engines Ltd");
        assertThat(driver.lifecycleCount(adaId)).isEqualTo(1);
        assertThat(driver.lifecycleCount(knownId)).isEqualTo(1);
        driver.startLifecycle(adaId);
        BpmnAwareTests.assertThat(driver.lifecycle(adaId)).hasPassed("Task_ScoreFit");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "one bad email | {\"leads\": [{\"email\": \"ok-%s@example.com\"}, {\"email\": \"nope\"}]} | leads[1].email",
                "no leads | {\"leads\": []} | leads",
                "no list | {} | leads",
                "null entry | {\"leads\": [null]} | leads[0]",
            })
    void invalidBatchIsRefusedFieldByFieldAndNothingIsWritten(String name, String body, String field) throws Exception {
        // given
        long before = leadCount();

        // when
        ResponseEntity<String> response = post(body.formatted(System.nanoTime()));

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .contains(field);
        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void moreThanAHundredLeadsAreRefused() throws Exception {
        // given
        long before = leadCount();
        String leads = IntStream.range(0, 101)
                .mapToObj(i -> "{\"email\": \"%s\"}".formatted(uniqueEmail("batch-" + i)))
                .collect(Collectors.joining(","));

        // when
        ResponseEntity<String> response = post("{\"leads\": [" + leads + "]}");

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).at("/errors/0/message").asText())
                .isEqualTo("must list at most 100 leads");
        assertThat(leadCount()).isEqualTo(before);
    }

    private ResponseEntity<String> post(String body) {
        return http.exchange("/api/leads/batch", HttpMethod.POST, new HttpEntity<>(body, apiKey()), String.class);
    }

    private long leadCount() {
        return jdbc.sql("select count(*) from lead").query(Long.class).single();
    }
}
