package io.leadflow.crm;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Closes opportunities: WON makes the lead a customer, LOST recycles it into nurture. */
@Service
public class Opportunities {

    /** An opportunity still waiting for the CRM's outcome. */
    public record OpenOpportunity(String id, LeadId leadId, java.time.Instant createdAt) {}

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final LeadTimeline timeline;
    private final Clock clock;

    Opportunities(JdbcClient jdbc, RuntimeService runtime, LeadTimeline timeline, Clock clock) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Open opportunities created before the given time, oldest first (demo data closes them). */
    public java.util.List<OpenOpportunity> openCreatedBefore(java.time.Instant before, int limit) {
        return jdbc.sql("select id, lead_id, created_at from crm_opportunity where status = 'OPEN' and created_at < ?"
                        + " order by created_at, id limit ?")
                .params(Timestamp.from(before), limit)
                .query((rs, n) -> new OpenOpportunity(
                        rs.getString(1),
                        new LeadId(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** The CRM's outcome, as POST /api/crm/opportunities/{id}/outcome delivers it. */
    @Transactional
    public void close(String opportunityId, OpportunityOutcome outcome) {
        LeadId leadId = openOpportunityLead(opportunityId);
        jdbc.sql("update crm_opportunity set status = ?, close_reason = ?, closed_at = ? where id = ?")
                .params(outcome.outcome().name(), outcome.reason(), Timestamp.from(clock.instant()), opportunityId)
                .update();
        timeline.record(
                leadId,
                "OPPORTUNITY_" + outcome.outcome(),
                "Opportunity " + outcome.outcome().name().toLowerCase()
                        + (outcome.reason() == null ? "" : ": " + outcome.reason()));
        String recycleReason = outcome.outcome() == OpportunityOutcome.Result.LOST ? "OPPORTUNITY_LOST" : null;
        runtime
                .createMessageCorrelation(LeadProcess.MESSAGE_OPPORTUNITY_CLOSED)
                .processInstanceBusinessKey(leadId.value())
                .processInstanceVariableEquals(LeadProcess.VAR_OPPORTUNITY_ID, opportunityId)
                .setVariables(Map.of(LeadProcess.VAR_OUTCOME, outcome.outcome().name()))
                .setVariable(LeadProcess.VAR_RECYCLE_REASON, recycleReason)
                .correlateAllWithResult()
                .stream()
                .findAny()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        "The lead of opportunity " + opportunityId + " is not waiting for an outcome"));
    }

    private LeadId openOpportunityLead(String opportunityId) {
        Optional<String[]> row = jdbc.sql("select lead_id, status from crm_opportunity where id = ?")
                .param(opportunityId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
        if (row.isEmpty()) {
            // an external CRM's opportunity lives only there: the waiting lifecycle knows its id
            return waitingLifecycle(opportunityId)
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "No opportunity with id " + opportunityId));
        }
        if (!"OPEN".equals(row.get()[1])) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "Opportunity " + opportunityId + " is already " + row.get()[1]);
        }
        return new LeadId(row.get()[0]);
    }

    private Optional<LeadId> waitingLifecycle(String opportunityId) {
        return runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(LeadProcess.PROCESS_KEY)
                .variableValueEquals(LeadProcess.VAR_OPPORTUNITY_ID, opportunityId)
                .list()
                .stream()
                .findFirst()
                .map(instance -> new LeadId(instance.getBusinessKey()));
    }
}
