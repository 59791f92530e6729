package io.leadflow;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.lead.LeadForm;
import io.leadflow.lead.LeadId;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The marketers' console through the API: bulk enrollment with preview and progress, sequence counts, lead actions. */
@LeadflowTest
class ConsoleApiTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Driver driver;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Test
    void threeEnrolledLeadsAreCountedAtTheFirstStepAndTheirEmailsPerStep() throws Exception {
        // given three nurtured leads and the sequence's counts now
        List<LeadId> leads = IntStream.range(0, 3)
                .mapToObj(i -> driver.capture(coldLead(uniqueEmail("bulk"))))
                .toList();
        long before = firstStep("NurtureDecision").path("waitingLeads").asLong();
        String ids = leads.stream()
                .map(id -> "\"" + id.value() + "\"")
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        String request = "{\"sequence\": \"NurtureDecision\", \"leadIds\": [" + ids + "]}";

        // when the marketer previews, then confirms
        JsonNode preview =
                json.readTree(post("/api/enrollments/preview", request).getBody());
        JsonNode result = json.readTree(post("/api/enrollments", request).getBody());

        // then the preview said all three leave their sequence, and they wait at the first step now
        assertThat(preview.path("selected").asInt()).isEqualTo(3);
        assertThat(preview.path("fromOtherSequences").asInt()).isEqualTo(3);
        assertThat(preview.path("whatHappens").asText()).contains("leave the sequence they are in now");
        assertThat(result.path("enrolled").asInt()).isEqualTo(3);
        assertThat(firstStep("NurtureDecision").path("waitingLeads").asLong()).isEqualTo(before + 3);

        // and when their first emails go out, the step counts them as sent
        long sentBefore = firstStep("NurtureDecision").path("sent").asLong();
        leads.forEach(driver::runDueJobs);
        driver.dispatchEmails();
        assertThat(firstStep("NurtureDecision").path("sent").asLong()).isEqualTo(sentBefore + 3);
    }

    @Test
    void allMatchingLeadsOfALargeSelectionAreEnrolledInTheBackgroundWithProgress() throws Exception {
        // given more leads of one campaign than are enrolled within a request
        String campaign = "expo-" + uniqueEmail("c").substring(2, 10);
        int n = 105;
        IntStream.range(0, n)
                .forEach(i -> driver.capture(new LeadForm(
                        uniqueEmail("expo"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "fair",
                        campaign,
                        null,
                        null)));
        String request = "{\"sequence\": \"NurtureReNurture\", \"filter\": {\"campaign\": \"" + campaign + "\"}}";

        // when all matching are sent into a sequence
        ResponseEntity<String> accepted = post("/api/enrollments", request);

        // then it runs as a job whose progress reaches 100%
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String job = accepted.getHeaders().getLocation().toString();
        await().atMost(Duration.ofSeconds(120)).until(() -> json.readTree(get(job).getBody())
                .path("status")
                .asText()
                .equals("DONE"));
        JsonNode done = json.readTree(get(job).getBody());
        assertThat(done.path("total").asInt()).isEqualTo(n);
        assertThat(done.path("enrolled").asInt()).isEqualTo(n);
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        JsonNode page =
                json.readTree(get("/api/leads?campaign=" + campaign + "&size=1").getBody());
        assertThat(page.path("total").asInt()).isEqualTo(n);
    }

    @Test
    void nurtureIsPausedAndResumedForOneLeadOnItsTimeline() throws Exception {
        // given a nurtured lead whose first email is due
        LeadId id = driver.capture(coldLead(uniqueEmail("pause")));

        // when the marketer pauses its nurture
        ResponseEntity<String> paused = post("/api/leads/" + id.value() + "/nurture/pause", "");

        // then the sequence and its due email job are suspended
        assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(paused.getBody()).path("paused").asBoolean()).isTrue();
        assertThat(driver.sequence(id).isSuspended()).isTrue();
        assertThat(driver.jobs(id)).isNotEmpty().allMatch(job -> job.isSuspended());

        // when resumed, the email goes out as planned
        post("/api/leads/" + id.value() + "/nurture/resume", "");
        driver.runDueJobs(id);
        assertThat(driver.sequence(id).isSuspended()).isFalse();
        assertThat(outbox(id)).isEqualTo(1);
        assertThat(timeline(id)).contains("NURTURE_PAUSED", "NURTURE_RESUMED");
    }

    @Test
    void withdrawnConsentStopsMarketingEmailAndIsOnTheTimeline() throws Exception {
        // given a nurtured lead with consent
        LeadId id = driver.capture(coldLead(uniqueEmail("withdraw")));

        // when the marketer records that it withdrew consent
        ResponseEntity<String> recorded = post("/api/leads/" + id.value() + "/consent/withdraw", "");
        driver.runDueJobs(id);

        // then no marketing email is queued and the timeline says so
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(json.readTree(get("/api/leads/" + id.value()).getBody())
                        .at("/consent/marketingEmail")
                        .asBoolean())
                .isFalse();
        assertThat(outbox(id)).isZero();
        assertThat(timeline(id)).contains("CONSENT_WITHDRAWN");
    }

    @Test
    void pausingALeadOutsideNurtureIsAConflict() {
        LeadId withSales = driver.capture(Driver.fittingLead(uniqueEmail("sales"), "demo-request"));

        ResponseEntity<String> paused = post("/api/leads/" + withSales.value() + "/nurture/pause", "");

        assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(paused.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private JsonNode firstStep(String sequence) throws Exception {
        for (JsonNode node : json.readTree(get("/api/sequences").getBody())) {
            if (node.path("key").asText().equals(sequence)) {
                return node.path("steps").get(0);
            }
        }
        throw new AssertionError("no sequence " + sequence);
    }

    private long outbox(LeadId id) {
        return jdbc.sql("select count(*) from email_outbox where lead_id = ?")
                .param(id.value())
                .query(Long.class)
                .single();
    }

    private List<String> timeline(LeadId id) {
        return jdbc.sql("select type from lead_timeline where lead_id = ?")
                .param(id.value())
                .query(String.class)
                .list();
    }

    private ResponseEntity<String> post(String path, String body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, Driver.apiKey()), String.class);
    }

    private ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(Driver.apiKey()), String.class);
    }
}
