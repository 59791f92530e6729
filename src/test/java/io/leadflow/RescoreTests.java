package io.leadflow;

import static io.leadflow.Driver.apiKey;
import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.engagement.EngagementEvent;
import io.leadflow.engagement.EngagementIntake;
import io.leadflow.engagement.EventType;
import io.leadflow.lead.Bant;
import io.leadflow.lead.Consent;
import io.leadflow.lead.LeadForm;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/** A designer loosens the fit rules: a dry run counts who would change, the real run moves them on. */
@LeadflowTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:rescore-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000")
@Order(ProcessEngineAssertions.SEPARATE_CONTEXT)
class RescoreTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Driver driver;

    @Autowired
    EngagementIntake intake;

    @Autowired
    Leads leads;

    @Autowired
    RepositoryService repository;

    @Test
    void dryRunCountsChangesAndTheRealRunQualifiesLeads() throws Exception {
        // given an engaged grade-B lead (55 points: below B's bar of 70, above A's of 50) and a grade-D lead
        LeadId engaged = driver.capture(new LeadForm(
                uniqueEmail("rescore"),
                "Rhea",
                "Score",
                "Mid GmbH",
                "Marketing Manager",
                250,
                "Software",
                null,
                null,
                "webinar",
                null,
                new Consent(true),
                new Bant(null, null, null, null)));
        ProcessInstance lifecycle = driver.lifecycle(engaged);
        driver.capture(coldLead(uniqueEmail("cold")));
        List<EventType> types = List.of(
                EventType.WEBINAR_ATTENDED,
                EventType.EMAIL_REPLIED,
                EventType.FORM_SUBMITTED,
                EventType.EMAIL_CLICKED,
                EventType.CONTENT_DOWNLOADED);
        intake.ingest(IntStream.range(0, types.size())
                .mapToObj(i -> new EngagementIntake.Item(
                        i, new EngagementEvent("e" + i, engaged.value(), null, types.get(i), null, null, null)))
                .toList());
        assertThat(leads.require(engaged).score().fitGrade()).isEqualTo("B");

        // when a designer deploys fit rules where 40 points already make an A
        String looser = Files.readString(Path.of("processes/lead-fit.dmn"))
                .replace("<text>&gt;= 60</text>", "<text>&gt;= 40</text>")
                .replace("<text>[40..60[</text>", "<text>[30..40[</text>");
        repository
                .createDeployment()
                .name("looser-fit")
                .addString("processes/lead-fit.dmn", looser)
                .deploy();
        JsonNode dryRun = finished(post("/api/scoring/rescore?dryRun=true"));

        // then the dry run counts one grade change and one new MQL, and changes nothing
        assertThat(dryRun.get("total").asInt()).isEqualTo(2);
        assertThat(dryRun.get("gradeChanges").asInt()).isEqualTo(1);
        assertThat(dryRun.get("newlyMql").asInt()).isEqualTo(1);
        assertThat(leads.require(engaged).score().fitGrade()).isEqualTo("B");

        // when the rescore runs for real
        finished(post("/api/scoring/rescore"));

        // then the lead is grade A and went on to sales
        assertThat(leads.require(engaged).score().fitGrade()).isEqualTo("A");
        assertThat(lifecycle).hasPassed("BoundaryEvent_LeadQualified").isWaitingAt("UserTask_AcceptLead");
    }

    private JsonNode finished(ResponseEntity<String> started) throws Exception {
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String location = started.getHeaders().getLocation().toString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "DONE".equals(job(location).get("status").asText()));
        return job(location);
    }

    private JsonNode job(String location) throws Exception {
        return json.readTree(http.exchange(location, HttpMethod.GET, new HttpEntity<>(apiKey()), String.class)
                .getBody());
    }

    private ResponseEntity<String> post(String path) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(apiKey()), String.class);
    }
}
