package io.leadflow;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.fittingLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadStages;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import io.leadflow.lead.LifecycleStage;
import io.leadflow.lead.StageChange;
import io.leadflow.lead.TimelineEntry;
import io.leadflow.scoring.Qualification;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every answer on the SAL form takes its own path; the form shows what the rep needs to decide. */
@LeadflowTest
class SalesOutcomeTests {

    @Autowired
    Driver driver;

    @Autowired
    TaskService tasks;

    @Autowired
    Leads leads;

    @Autowired
    LeadStages stages;

    @Autowired
    LeadTimeline timeline;

    @Autowired
    Qualification qualification;

    @ParameterizedTest
    @CsvSource({"NOT_READY, NurtureConsideration", "NO_BUDGET, NurtureKeepWarm", "BAD_TIMING, NurtureKeepWarm"})
    void recycleReasonPicksTheNurtureTrack(String reason, String track) {
        // given
        LeadId id = driver.capture(fittingLead(uniqueEmail("recycle"), "demo-request"));

        // when
        reject(id, reason, Map.of());

        // then
        assertThat(driver.lifecycle(id))
                .hasPassed("Gateway_Disqualify", "Event_StageRecycled")
                .isWaitingAt("CallActivity_NurtureSequence");
        assertThat(driver.sequence(id).getProcessDefinitionId()).startsWith(track + ":");
        assertThat(leads.require(id).stage()).isEqualTo(LifecycleStage.LEAD);
        assertThat(lastStageChange(id).reason()).contains(reason);
        assertThat(summaries(id)).anyMatch(summary -> summary.startsWith("Rejected by") && summary.endsWith(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WRONG_CONTACT", "COMPETITOR", "SPAM"})
    void disqualifyingReasonEndsTheLifecycle(String reason) {
        // given
        LeadId id = driver.capture(fittingLead(uniqueEmail("disq"), "demo-request"));
        ProcessInstance lifecycle = driver.lifecycle(id);

        // when
        reject(id, reason, Map.of());

        // then
        assertThat(lifecycle).isEnded().hasPassed("Event_StageDisqualified", "EndEvent_Disqualified");
        assertThat(leads.require(id).stage()).isEqualTo(LifecycleStage.DISQUALIFIED);
        assertThat(lastStageChange(id).reason()).contains(reason);
    }

    @Test
    void duplicateIsMergedIntoTheNamedLead() {
        // given the original lead and a second one for the same person
        String originalEmail = uniqueEmail("original");
        LeadId original = driver.capture(coldLead(originalEmail));
        LeadId duplicate = driver.capture(fittingLead(uniqueEmail("duplicate"), "demo-request"));
        ProcessInstance lifecycle = driver.lifecycle(duplicate);

        // when the rep names the original (as typed, in capitals)
        reject(duplicate, "DUPLICATE", Map.of("duplicateOf", " " + originalEmail.toUpperCase() + " "));

        // then
        assertThat(lifecycle)
                .isEnded()
                .hasPassed("Task_MergeDuplicateLead", "Event_StageMergedAsDuplicate", "EndEvent_MergedAsDuplicate")
                .hasNotPassed("Event_StageRecycled");
        assertThat(leads.require(duplicate).stage()).isEqualTo(LifecycleStage.DISQUALIFIED);
        assertThat(lastStageChange(duplicate).reason()).isEqualTo("Duplicate of lead " + original.value());
        assertThat(summaries(duplicate)).contains("Merged into " + originalEmail + " as a duplicate");
        assertThat(summaries(original)).anyMatch(summary -> summary.startsWith("Duplicate lead "));
        assertThat(driver.lifecycle(original)).isNotNull();
    }

    @Test
    void duplicateOfAnUnknownLeadIsRefused() {
        // given
        LeadId id = driver.capture(fittingLead(uniqueEmail("dupunknown"), "demo-request"));

        // when / then the rep is told, and the task stays
        assertThatThrownBy(() -> reject(id, "DUPLICATE", Map.of("duplicateOf", "nobody@example.com")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("No lead has the email nobody@example.com");
        assertThat(driver.lifecycle(id)).isWaitingAt("UserTask_AcceptLead");
    }

    @Test
    void taskShowsTheLastTenActivitiesAndLinksToTheLead() {
        // given a nurtured lead with a long history
        LeadId id = driver.capture(fittingLead(uniqueEmail("history"), "webinar"));
        for (int i = 1; i <= 12; i++) {
            timeline.record(id, "NOTE", "Activity " + i);
        }

        // when it qualifies
        qualification.qualify(id, "Engagement 120 points");

        // then the newest ten, newest first, and the link
        String taskId = driver.salesTask(id).getId();
        List<String> lines = List.of(
                tasks.getVariableLocal(taskId, "recentActivity").toString().split("\n"));
        assertThat(lines).hasSize(10);
        assertThat(lines).anyMatch(line -> line.contains("MQL"));
        assertThat(lines).anyMatch(line -> line.endsWith("Activity 12")).noneMatch(line -> line.endsWith("Activity 1"));
        assertThat(tasks.getVariableLocal(taskId, "leadUrl")).asString().endsWith("/api/leads/" + id.value());
    }

    @Test
    void formShowsActivityLinkAndAsksForTheOriginalOfADuplicate() throws Exception {
        // when
        JsonNode form;
        try (InputStream in = getClass().getResourceAsStream("/processes/sales-acceptance.form")) {
            form = new ObjectMapper().readTree(in);
        }

        // then
        List<JsonNode> components = List.copyOf(form.get("components").findParents("id"));
        assertThat(components)
                .anyMatch(c -> "recentActivity".equals(c.path("key").asText())
                        && c.path("disabled").asBoolean())
                .anyMatch(c -> c.path("text").asText().contains("{{leadUrl}}"))
                .anyMatch(c -> "duplicateOf".equals(c.path("key").asText())
                        && c.path("conditional").path("hide").asText().contains("DUPLICATE"));
    }

    private void reject(LeadId id, String reason, Map<String, Object> more) {
        Map<String, Object> answer = new java.util.HashMap<>(more);
        answer.put("accepted", "no");
        answer.put("reason", reason);
        tasks.complete(driver.salesTask(id).getId(), answer);
    }

    private StageChange lastStageChange(LeadId id) {
        List<StageChange> history = stages.history(id);
        return history.get(history.size() - 1);
    }

    private List<String> summaries(LeadId id) {
        return timeline.newestFirst(id).stream().map(TimelineEntry::summary).toList();
    }
}
