package io.leadflow;

import static io.leadflow.Driver.apiKey;
import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.fittingLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.leadflow.lead.LeadId;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What marketers do with sequences, and what the emails they send do: enrol, preview, track, stop. */
@LeadflowTest
class NurtureMarketingTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Driver driver;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail smtp;

    @Autowired
    RuntimeService runtime;

    @Test
    void sequencesAreListedWithTheirSteps() throws Exception {
        JsonNode sequences = json.readTree(get("/api/sequences").getBody());

        assertThat(sequences.findValuesAsText("key"))
                .contains(
                        "NurtureAwareness",
                        "NurtureConsideration",
                        "NurtureDecision",
                        "NurtureKeepWarm",
                        "NurtureReNurture");
        JsonNode awareness = sequences.get(sequences.findValuesAsText("key").indexOf("NurtureAwareness"));
        assertThat(awareness.get("steps").findValuesAsText("template"))
                .containsExactly("awareness-1", "awareness-2", "awareness-3");
    }

    @Test
    void leadIsEnrolledOnceIntoAnotherSequence() throws Exception {
        // given a lead in the awareness track
        LeadId id = driver.capture(coldLead(uniqueEmail("enrol")));

        // when a marketer sends it into the decision track, twice
        ResponseEntity<String> first = enroll(id, "NurtureDecision");
        ResponseEntity<String> again = enroll(id, "NurtureDecision");

        // then it switched once, and the repeat changed nothing
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(again.getBody()).get("outcome").asText()).isEqualTo("ALREADY_ENROLLED");
        assertThat(driver.sequence(id).getProcessDefinitionId()).startsWith("NurtureDecision:");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(id.value())
                        .processDefinitionKey("NurtureDecision")
                        .count())
                .isOne();
    }

    @Test
    void contentAlreadyReceivedIsNotSentAgainAfterALoop() {
        // given a lead that got the first awareness email
        String email = uniqueEmail("memory");
        LeadId id = driver.capture(coldLead(email));
        driver.runDueJobs(id);
        driver.dispatchEmails();

        // when it leaves the track and later comes back to it
        enroll(id, "NurtureConsideration");
        driver.runDueJobs(id);
        enroll(id, "NurtureAwareness");
        driver.runDueJobs(id);
        driver.dispatchEmails();

        // then the awareness email was not repeated
        assertThat(driver.emailsTo(email))
                .extracting(message -> template(message))
                .containsExactly("awareness-1", "consideration-1");
        assertThat(jdbc.sql("select count(*) from lead_timeline where lead_id = ? and type = 'EMAIL_SKIPPED'")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private String template(MimeMessage message) {
        try {
            String key = message.getHeader("X-Leadflow-Key")[0];
            return jdbc.sql("select template from email_outbox where idempotency_key = ?")
                    .param(key)
                    .query(String.class)
                    .single();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badEnrollmentsAreRefused() throws Exception {
        LeadId withSales = driver.capture(fittingLead(uniqueEmail("busy"), "demo-request"));

        ResponseEntity<String> unknownSequence = enroll(withSales, "NurtureNonsense");
        ResponseEntity<String> notInNurture = enroll(withSales, "NurtureDecision");

        assertThat(unknownSequence.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unknownSequence.getBody()).get("errors").findValuesAsText("field"))
                .contains("sequence");
        assertThat(notInNurture.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notInNurture.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void bulkEnrollmentReportsEnrolledAndSkipped() throws Exception {
        // given two nurtured leads of a campaign and one with sales
        String campaign = "fair-" + uniqueEmail("x").substring(2, 10);
        LeadId a = driver.capture(new io.leadflow.lead.LeadForm(
                uniqueEmail("a"), null, null, null, null, null, null, null, null, "fair", campaign, null, null));
        LeadId b = driver.capture(new io.leadflow.lead.LeadForm(
                uniqueEmail("b"), null, null, null, null, null, null, null, null, "fair", campaign, null, null));
        LeadId busy = driver.capture(fittingLead(uniqueEmail("c"), "demo-request"));

        // when
        JsonNode byFilter = json.readTree(post(
                        "/api/enrollments",
                        "{\"sequence\": \"NurtureKeepWarm\", \"filter\": {\"campaign\": \"" + campaign + "\"}}")
                .getBody());
        JsonNode byIds = json.readTree(post(
                        "/api/enrollments",
                        "{\"sequence\": \"NurtureKeepWarm\", \"leadIds\": [\"" + a.value() + "\", \"" + busy.value()
                                + "\", \"no-such-lead\"]}")
                .getBody());

        // then
        assertThat(byFilter.get("enrolled").asInt()).isEqualTo(2);
        assertThat(byIds.get("enrolled").asInt()).isZero();
        assertThat(byIds.at("/skippedBecause/ALREADY_ENROLLED").asInt()).isEqualTo(1);
        assertThat(byIds.at("/skippedBecause/NOT_IN_NURTURE").asInt()).isEqualTo(1);
        assertThat(byIds.at("/skippedBecause/UNKNOWN_LEAD").asInt()).isEqualTo(1);
        assertThat(driver.sequence(b).getProcessDefinitionId()).startsWith("NurtureKeepWarm:");
    }

    @Test
    void stepEmailIsPreviewedForALead() throws Exception {
        LeadId id = driver.capture(coldLead(uniqueEmail("preview")));

        JsonNode preview =
                json.readTree(get("/api/sequences/NurtureAwareness/steps/Task_SendEmail1/preview?leadId=" + id.value())
                        .getBody());

        assertThat(preview.get("subject").asText()).isNotBlank();
        assertThat(preview.get("html").asText()).contains("Hi Bob");
        assertThat(jdbc.sql("select count(*) from email_outbox where lead_id = ?")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void smtpOutageDelaysButNeverDoublesAnEmail() throws Exception {
        // given a due email while the SMTP server is down
        String email = uniqueEmail("outage");
        LeadId id = driver.capture(coldLead(email));
        driver.runDueJobs(id);
        smtp.stop();
        try {
            driver.dispatchEmails();
            driver.dispatchEmails();
        } finally {
            smtp.start();
        }
        assertThat(status(id)).isEqualTo("PENDING");

        // when the retry is due and dispatchers run again (twice, as two nodes would)
        jdbc.sql("update email_outbox set next_attempt_at = current_timestamp where lead_id = ?")
                .param(id.value())
                .update();
        driver.dispatchEmails();
        driver.dispatchEmails();

        // then exactly one email went out for the key
        assertThat(driver.emailsTo(email)).hasSize(1);
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(jdbc.sql("select attempts from email_outbox where lead_id = ?")
                        .param(id.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void openAndClickAreTrackedOnceAndTheClickEndsTheWait() throws Exception {
        // given a lead that received its first email
        String email = uniqueEmail("track");
        LeadId id = driver.capture(coldLead(email));
        driver.runDueJobs(id);
        driver.dispatchEmails();
        String html = GreenMailUtil.getBody(driver.emailsTo(email).get(0));
        String pixel = path(html, "/t/o/[^\"]+");
        String click = path(html, "/t/c/[^\"]+");

        // when the lead opens it twice and clicks
        assertThat(http.getForEntity(pixel, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        http.getForEntity(pixel, byte[].class);
        java.net.http.HttpResponse<Void> redirect = withoutRedirects(click);
        driver.runDueJobs(id);

        // then
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).get().asString().startsWith("https://leadflow.example/");
        assertThat(events(id, "EMAIL_OPENED")).isEqualTo(1);
        assertThat(events(id, "EMAIL_CLICKED")).isEqualTo(1);
        assertThat(driver.sequence(id)).hasPassed("Event_Step1Engaged", "Task_SendEmail2");
    }

    @Test
    void forgedOrRedirectingTokensRecordNothing() throws Exception {
        // given a real click token
        String email = uniqueEmail("forge");
        LeadId id = driver.capture(coldLead(email));
        driver.runDueJobs(id);
        driver.dispatchEmails();
        String click = path(GreenMailUtil.getBody(driver.emailsTo(email).get(0)), "/t/c/[^\"]+");
        String token = click.substring("/t/c/".length());
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        String evil = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replaceAll("https://[^\\n]+$", "https://evil.example/phish")
                        .getBytes());

        // when
        ResponseEntity<String> tampered =
                http.getForEntity("/t/c/" + evil + token.substring(token.indexOf('.')), String.class);
        ResponseEntity<String> forged = http.getForEntity("/t/o/bm9wZQ.AAAA", String.class);
        ResponseEntity<String> unsubscribe = http.postForEntity("/unsubscribe/bm9wZQ.AAAA", null, String.class);

        // then
        assertThat(tampered.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unsubscribe.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(events(id, "EMAIL_CLICKED") + events(id, "EMAIL_OPENED")).isZero();
    }

    @Test
    void oneClickUnsubscribeStopsEveryEmail() throws Exception {
        // given a nurtured lead with one email received and the next one queued
        String email = uniqueEmail("oneclick");
        LeadId id = driver.capture(coldLead(email));
        driver.runDueJobs(id);
        driver.dispatchEmails();
        MimeMessage first = driver.emailsTo(email).get(0);
        String link = first.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        driver.fireTimer(id);

        // when the mail client posts RFC 8058 one-click
        ResponseEntity<String> response = http.postForEntity(
                java.net.URI.create(link).getPath(), new HttpEntity<>("List-Unsubscribe=One-Click"), String.class);
        driver.dispatchEmails();

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(driver.emailsTo(email)).hasSize(1);
        assertThat(driver.lifecycle(id)).hasPassed("Task_StopMarketingEmail");
        assertThat(jdbc.sql("select count(*) from email_outbox where lead_id = ? and status = 'SUPPRESSED'")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private java.net.http.HttpResponse<Void> withoutRedirects(String path) throws Exception {
        return java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.getRootUri() + path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
    }

    private static String path(String html, String regex) {
        Matcher matcher =
                Pattern.compile("http://localhost:8080(" + regex + ")").matcher(html.replace("=\r\n", ""));
        assertThat(matcher.find()).as("link %s in %s", regex, html).isTrue();
        return matcher.group(1);
    }

    private String status(LeadId id) {
        return jdbc.sql("select status from email_outbox where lead_id = ?")
                .param(id.value())
                .query(String.class)
                .single();
    }

    private long events(LeadId id, String type) {
        return jdbc.sql("select count(*) from engagement_event where lead_id = ? and type = ?")
                .params(id.value(), type)
                .query(Long.class)
                .single();
    }

    private ResponseEntity<String> enroll(LeadId id, String sequence) {
        return post("/api/leads/" + id.value() + "/enrollments", "{\"sequence\": \"" + sequence + "\"}");
    }

    private ResponseEntity<String> post(String path, String body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, apiKey()), String.class);
    }

    private ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(apiKey()), String.class);
    }
}
