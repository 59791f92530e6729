package io.leadflow;

import static io.leadflow.Driver.apiKey;
import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.fittingLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.engagement.EngagementEvent;
import io.leadflow.engagement.EngagementIntake;
import io.leadflow.engagement.EventType;
import io.leadflow.lead.BuyingStage;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import io.leadflow.scoring.EngagementDecay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Engagement events: stored and scored in bulk, state changes signalled to the lifecycle once. */
@LeadflowTest
class EngagementScoringTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    Driver driver;

    @Autowired
    EngagementIntake intake;

    @Autowired
    EngagementDecay decay;

    @Autowired
    Leads leads;

    @Autowired
    JdbcClient jdbc;

    @Test
    void batchIsAnsweredItemByItem() throws Exception {
        // given
        String email = uniqueEmail("batch");
        LeadId id = driver.capture(coldLead(email));

        // when
        ResponseEntity<String> response = post(
                """
                [{"email": "%s", "type": "WEBINAR_ATTENDED", "eventId": "w-1"},
                 {"email": "%s", "type": "WEBINAR_ATTENDED", "eventId": "w-1"},
                 {"email": "nobody-%s", "type": "EMAIL_OPENED"},
                 {"email": "%s", "type": "TELEPATHY"},
                 {"type": "EMAIL_OPENED"},
                 {"leadId": "%s", "type": "PAGE_VISITED", "url": "https://example.com/careers"}]"""
                        .formatted(email, email, email, email, id.value()));

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.findValuesAsText("status"))
                .containsExactly("ACCEPTED", "DUPLICATE", "UNKNOWN_LEAD", "INVALID", "INVALID", "ACCEPTED");
        assertThat(body.at("/results/3/errors/0").asText()).contains("type must be one of");
        assertThat(body.at("/results/4/errors/0").asText()).contains("either email or leadId");
        assertThat(leads.require(id).score().engagement()).isEqualTo(15 - 10);
        assertThat(events(id)).isEqualTo(2);

        // when the client sends the stored event again, next to a new one, in a later request
        JsonNode again = json.readTree(
                post("""
                [{"email": "%s", "type": "WEBINAR_ATTENDED", "eventId": "w-1"},
                 {"email": "%s", "type": "EMAIL_OPENED", "eventId": "o-1"}]"""
                                .formatted(email, email))
                        .getBody());

        // then the stored one is a duplicate and only the new one counts
        assertThat(again.findValuesAsText("status")).containsExactly("DUPLICATE", "ACCEPTED");
        assertThat(events(id)).isEqualTo(3);
    }

    @Test
    void eventsForErasedOrUnknownLeadsAreRefusedAndStoreNothing() throws Exception {
        // given an erased lead and an id no lead has
        LeadId erased = driver.capture(coldLead(uniqueEmail("erased-events")));
        driver.erase(erased);
        String nobody = java.util.UUID.randomUUID().toString();

        // when
        JsonNode body = json.readTree(
                post("""
                [{"leadId": "%s", "type": "WEBINAR_ATTENDED", "eventId": "w-1"},
                 {"leadId": "%s", "type": "EMAIL_OPENED", "eventId": "o-1"}]"""
                                .formatted(erased.value(), nobody))
                        .getBody());

        // then
        assertThat(body.findValuesAsText("status")).containsExactly("UNKNOWN_LEAD", "UNKNOWN_LEAD");
        assertThat(events(erased)).isZero();
        assertThat(events(new LeadId(nobody))).isZero();
        assertThat(jdbc.sql("select engagement_score from lead where id = ?")
                        .param(erased.value())
                        .query(Double.class)
                        .single())
                .isZero();
    }

    @Test
    void dailyCapLimitsPointsPerEventType() {
        // given
        LeadId id = driver.capture(coldLead(uniqueEmail("cap")));

        // when five opens on one day
        ingest(IntStream.range(0, 5)
                .mapToObj(i -> event(id, EventType.EMAIL_OPENED, null, "o" + i))
                .toList());

        // then the rule's cap of 3 points a day holds
        assertThat(leads.require(id).score().engagement()).isEqualTo(3);
    }

    @Test
    void engagedFittingLeadQualifiesOnceAndGoesToSales() {
        // given a grade-A lead in nurture
        LeadId id = driver.capture(fittingLead(uniqueEmail("mql"), "webinar"));
        ProcessInstance lifecycle = driver.lifecycle(id);

        // when it engages past the MQL rule (A and 50 points) and keeps engaging
        ingest(List.of(
                event(id, EventType.WEBINAR_ATTENDED, null, "a"),
                event(id, EventType.EMAIL_REPLIED, null, "b"),
                event(id, EventType.FORM_SUBMITTED, null, "c"),
                event(id, EventType.EMAIL_CLICKED, null, "d"),
                event(id, EventType.CONTENT_DOWNLOADED, "whitepaper", "e")));
        ingest(List.of(event(id, EventType.PAGE_VISITED, null, "f")));

        // then
        assertThat(lifecycle)
                .hasPassed("BoundaryEvent_LeadQualified", "Event_StageMql")
                .isWaitingAt("UserTask_AcceptLead");
        assertThat(signals(id, "LeadQualified")).isEqualTo(1);
        assertThat(leads.require(id).qualificationReason()).contains("Fit A and engagement of 50 or more");
    }

    @Test
    void demoRequestFromFittingLeadTakesTheFastLane() {
        // given
        LeadId id = driver.capture(fittingLead(uniqueEmail("demo"), "whitepaper"));
        ProcessInstance lifecycle = driver.lifecycle(id);

        // when
        ingest(List.of(event(id, EventType.DEMO_REQUESTED, null, "demo")));

        // then
        assertThat(lifecycle).hasPassed("BoundaryEvent_HandRaised").isWaitingAt("UserTask_AcceptLead");
        assertThat(leads.require(id).qualificationReason()).startsWith("Hand-raiser");
    }

    @Test
    void keyActionMovesBuyingStageAndSwitchesTheTrack() {
        // given a lead with no need yet, in the awareness track
        LeadId id = driver.capture(coldLead(uniqueEmail("stage")));
        driver.runDueJobs(id);
        assertThat(driver.sequence(id).getProcessDefinitionId()).startsWith("NurtureAwareness:");

        // when it downloads a case study, the key action of buying stage 2
        ingest(List.of(event(id, EventType.CONTENT_DOWNLOADED, "case-study", "cs")));

        // then
        assertThat(leads.require(id).buyingStage()).isEqualTo(BuyingStage.NEED_NO_BANT);
        assertThat(driver.lifecycle(id)).hasPassed("BoundaryEvent_TrackChanged");
        assertThat(driver.sequence(id).getProcessDefinitionId()).startsWith("NurtureConsideration:");
    }

    @Test
    void engagementDecaysWithAHalfLifeOfThirtyDays() {
        // given
        LeadId id = driver.capture(coldLead(uniqueEmail("decay")));
        ingest(List.of(
                event(id, EventType.WEBINAR_ATTENDED, null, "w"), event(id, EventType.EMAIL_REPLIED, null, "r")));
        assertThat(leads.require(id).score().engagement()).isEqualTo(30);

        // when
        decay.decay(Duration.ofDays(30));

        // then
        assertThat(leads.require(id).score().engagement()).isEqualTo(15);
    }

    @Test
    void parallelEventsForOneLeadKeepTheExactScoreAndQualifyOnce() {
        // given a grade-A lead and 8 threads × 500 clicks, each on a day of its own (no cap applies)
        LeadId id = driver.capture(fittingLead(uniqueEmail("parallel"), "webinar"));
        Instant base = Instant.parse("2025-01-01T12:00:00Z");
        AtomicInteger day = new AtomicInteger();

        // when
        IntStream.range(0, 8).parallel().forEach(thread -> IntStream.range(0, 10)
                .forEach(batch -> ingest(IntStream.range(0, 50)
                        .mapToObj(i -> new EngagementEvent(
                                "p" + thread + "-" + batch + "-" + i,
                                id.value(),
                                null,
                                EventType.EMAIL_CLICKED,
                                null,
                                null,
                                base.plus(Duration.ofDays(day.getAndIncrement()))))
                        .toList())));

        // then
        assertThat(events(id)).isEqualTo(4000);
        assertThat(leads.require(id).score().engagement()).isEqualTo(4000 * 5);
        assertThat(signals(id, "LeadQualified")).isEqualTo(1);
        assertThat(driver.lifecycle(id)).isWaitingAt("UserTask_AcceptLead");
    }

    @Test
    void scoreIsExplained() throws Exception {
        // given
        LeadId id = driver.capture(fittingLead(uniqueEmail("explain"), "webinar"));
        ingest(List.of(event(id, EventType.WEBINAR_ATTENDED, null, "w")));

        // when
        JsonNode score = json.readTree(http.exchange(
                        "/api/leads/" + id.value() + "/score", HttpMethod.GET, new HttpEntity<>(apiKey()), String.class)
                .getBody());

        // then
        assertThat(score.get("fitGrade").asText()).isEqualTo("A");
        assertThat(score.get("fitReasons").asText()).contains("Decision maker +25");
        assertThat(score.at("/topReasons/0/rule").asText()).isEqualTo("Attended a webinar");
        assertThat(score.at("/topReasons/0/points").asInt()).isEqualTo(15);
    }

    private static EngagementEvent event(LeadId id, EventType type, String content, String eventId) {
        return new EngagementEvent(eventId, id.value(), null, type, content, null, null);
    }

    private void ingest(List<EngagementEvent> events) {
        intake.ingest(IntStream.range(0, events.size())
                .mapToObj(i -> new EngagementIntake.Item(i, events.get(i)))
                .toList());
    }

    private ResponseEntity<String> post(String body) {
        return http.exchange("/api/events", HttpMethod.POST, new HttpEntity<>(body, apiKey()), String.class);
    }

    private long events(LeadId id) {
        return jdbc.sql("select count(*) from engagement_event where lead_id = ?")
                .param(id.value())
                .query(Long.class)
                .single();
    }

    private long signals(LeadId id, String message) {
        return jdbc.sql("select count(*) from lead_signal where lead_id = ? and message = ?")
                .params(id.value(), message)
                .query(Long.class)
                .single();
    }
}
