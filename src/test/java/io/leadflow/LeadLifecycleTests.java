package io.leadflow;

import static io.leadflow.Driver.coldLead;
import static io.leadflow.Driver.fittingLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadStages;
import io.leadflow.lead.Leads;
import io.leadflow.lead.LifecycleStage;
import io.leadflow.lead.StageChange;
import io.leadflow.nurture.Unsubscriptions;
import io.leadflow.scoring.Qualification;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One test per path through lead-lifecycle.bpmn. */
@LeadflowTest
class LeadLifecycleTests {

    @Autowired
    Driver driver;

    @Autowired
    Qualification qualification;

    @Autowired
    TaskService tasks;

    @Autowired
    Leads leads;

    @Autowired
    LeadStages stages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Unsubscriptions unsubscriptions;

    @Autowired
    HistoryService history;

    @Test
    void handRaiserWithFitGoesStraightToSales() {
        // when
        LeadId id = driver.capture(fittingLead(uniqueEmail("fast"), "demo-request"));

        // then
        ProcessInstance lifecycle = driver.lifecycle(id);
        assertThat(lifecycle)
                .isWaitingAt("UserTask_AcceptLead")
                .hasPassed("Task_ScoreFit", "Event_StageMql")
                .hasNotPassed("SubProcess_Nurture");
        assertThat(leads.require(id).stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(leads.require(id).score().fitGrade()).isEqualTo("A");
        assertThat(driver.salesTask(id).getTaskDefinitionKey()).isEqualTo("UserTask_AcceptLead");
    }

    @Test
    void nurturedLeadQualifiesIsAcceptedAndWon() {
        // given a lead in its first nurture sequence, whose first email went out
        String email = uniqueEmail("won");
        LeadId id = driver.capture(fittingLead(email, "webinar"));
        ProcessInstance lifecycle = driver.lifecycle(id);
        driver.runDueJobs(id);
        assertThat(lifecycle).isWaitingAt("CallActivity_NurtureSequence");
        driver.dispatchEmails();
        assertThat(driver.emailsTo(email)).hasSize(1);

        // when it qualifies, sales accepts and the opportunity is won
        qualification.qualify(id, "Engagement 120 points");
        accept(id);
        driver.runDueJobs(id);
        assertThat(driver.lifecycle(id)).isWaitingAt("Event_OpportunityClosed");
        String opportunityId = opportunityOf(id);
        closeOpportunity(opportunityId, "WON");

        // then
        assertThat(lifecycle)
                .isEnded()
                .hasPassedInOrder(
                        "BoundaryEvent_LeadQualified",
                        "UserTask_AcceptLead",
                        "Task_HandOverToCrm",
                        "Event_OpportunityClosed",
                        "EndEvent_Customer");
        assertThat(leads.require(id).stage()).isEqualTo(LifecycleStage.CUSTOMER);
        assertThat(stages.history(id))
                .extracting(StageChange::stage)
                .containsExactly(
                        LifecycleStage.LEAD,
                        LifecycleStage.MQL,
                        LifecycleStage.SAL,
                        LifecycleStage.SQL,
                        LifecycleStage.OPPORTUNITY,
                        LifecycleStage.CUSTOMER);
        assertThat(jdbc.sql("select count(*) from crm_contact where lead_id = ?")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void rejectedLeadReturnsToNurture() {
        // given
        LeadId id = driver.capture(fittingLead(uniqueEmail("notready"), "demo-request"));

        // when
        reject(id, "NOT_READY");

        // then
        assertThat(driver.lifecycle(id))
                .isWaitingAt("CallActivity_NurtureSequence")
                .hasPassed("Event_StageRecycled");
        assertThat(driver.sequence(id).getProcessDefinitionId()).startsWith("NurtureConsideration:");
        assertThat(leads.require(id).stage()).isEqualTo(LifecycleStage.LEAD);
        assertThat(stages.history(id).get(stages.history(id).size() - 1).reason())
                .contains("NOT_READY");
    }

    @Test
    void disqualifiedLeadEnds() {
        // given
        LeadId id = driver.capture(fittingLead(uniqueEmail("spam"), "demo-request"));
        ProcessInstance lifecycle = driver.lifecycle(id);

        // when
        reject(id, "SPAM");

        // then
        assertThat(lifecycle).isEnded().hasPassed("Event_StageDisqualified", "EndEvent_Disqualified");
        assertThat(leads.require(id).stage()).isEqualTo(LifecycleStage.DISQUALIFIED);
    }

    @Test
    void lostOpportunityRecyclesIntoNurture() {
        // given an open opportunity
        LeadId id = driver.capture(fittingLead(uniqueEmail("lost"), "demo-request"));
        accept(id);
        driver.runDueJobs(id);

        // when
        closeOpportunity(opportunityOf(id), "LOST");

        // then
        assertThat(driver.lifecycle(id))
                .isWaitingAt("CallActivity_NurtureSequence")
                .hasPassed("Event_StageRecycledAfterLoss");
        assertThat(driver.sequence(id).getProcessDefinitionId()).startsWith("NurtureReNurture:");
        assertThat(leads.require(id).stage()).isEqualTo(LifecycleStage.LEAD);
    }

    @Test
    void unsubscribedLeadGetsNoMoreEmail() {
        // given a nurtured lead that received its first email
        String email = uniqueEmail("unsub");
        LeadId id = driver.capture(coldLead(email));
        ProcessInstance lifecycle = driver.lifecycle(id);
        driver.runDueJobs(id);
        driver.dispatchEmails();
        assertThat(driver.emailsTo(email)).hasSize(1);

        // when
        unsubscriptions.unsubscribe(id, "test");
        driver.fireTimer(id);
        driver.dispatchEmails();

        // then
        assertThat(lifecycle)
                .hasPassed("Task_StopMarketingEmail", "EndEvent_Unsubscribed")
                .isWaitingAt("CallActivity_NurtureSequence");
        assertThat(driver.emailsTo(email)).hasSize(1);
        assertThat(leads.require(id).consent().allowsMarketingEmail()).isFalse();
    }

    @Test
    void erasedLeadEndsAndLosesPersonalData() {
        // given
        String email = uniqueEmail("erase");
        LeadId id = driver.capture(coldLead(email));
        ProcessInstance lifecycle = driver.lifecycle(id);
        driver.runDueJobs(id);

        // when
        assertThat(driver.erase(id).getStatusCode().value()).isEqualTo(204);

        // then the lifecycle and its sequence ended; the engine history (it held the name) is deleted too,
        // so the path is asserted on what is left rather than with hasPassed
        assertThat(driver.lifecycle(id)).isNull();
        assertThat(driver.sequence(id)).isNull();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(lifecycle.getId())
                        .count())
                .isZero();
        assertThat(leads.find(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from lead where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from email_outbox where lead_id = ?")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void accept(LeadId id) {
        tasks.complete(driver.salesTask(id).getId(), Map.of("accepted", "yes", "note", "Budget confirmed on call"));
    }

    private void reject(LeadId id, String reason) {
        tasks.complete(driver.salesTask(id).getId(), Map.of("accepted", "no", "reason", reason));
    }

    private String opportunityOf(LeadId id) {
        return jdbc.sql("select id from crm_opportunity where lead_id = ? and status = 'OPEN'")
                .param(id.value())
                .query(String.class)
                .single();
    }

    private void closeOpportunity(String opportunityId, String outcome) {
        assertThat(driver.closeOpportunity(opportunityId, outcome)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
    }
}
