package io.leadflow.lead;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Captures leads. The normalised email is the identity: a repeat submission merges. The lead row
 * and its lifecycle process start in one transaction, so there is never a lead without a process.
 */
@Service
public class LeadCapture {

    private final LeadRepository repository;
    private final LeadStages stages;
    private final LeadTimeline timeline;
    private final RuntimeService runtime;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final boolean doubleOptIn;

    LeadCapture(
            LeadRepository repository,
            LeadStages stages,
            LeadTimeline timeline,
            RuntimeService runtime,
            TransactionTemplate transactions,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${leadflow.consent.double-opt-in:false}") boolean doubleOptIn) {
        this.repository = repository;
        this.stages = stages;
        this.timeline = timeline;
        this.runtime = runtime;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.doubleOptIn = doubleOptIn;
    }

    public CapturedLead capture(LeadForm form) {
        try {
            return transactions.execute(tx -> repository
                    .findIdByEmail(form.normalisedEmail())
                    .map(id -> merge(id, form))
                    .orElseGet(() -> create(form)));
        } catch (DuplicateKeyException concurrentCapture) {
            // another request created this email meanwhile; its transaction owns the process start
            return transactions.execute(
                    tx -> merge(repository.findIdByEmail(form.normalisedEmail()).orElseThrow(), form));
        }
    }

    private CapturedLead create(LeadForm form) {
        LeadId id = LeadId.newId();
        Instant now = clock.instant();
        LifecycleStage stage = LifecycleStage.LEAD;
        repository.insert(id, form, stage, now, doubleOptIn);
        if (doubleOptIn && form.consent() != null && form.consent().allowsMarketingEmail()) {
            events.publishEvent(new ConsentRequested(id));
        }
        stages.recordInitial(id, stage, "Captured from " + (form.source() == null ? "API" : form.source()), now);
        runtime.startProcessInstanceByKey(LeadProcess.PROCESS_KEY, id.value(), routingVariables(id, form));
        return new CapturedLead(id, true);
    }

    private CapturedLead merge(LeadId id, LeadForm form) {
        repository.merge(id, form, clock.instant(), doubleOptIn);
        timeline.record(
                id, "LEAD_RESUBMITTED", "Submitted again" + (form.source() == null ? "" : " via " + form.source()));
        return new CapturedLead(id, false);
    }

    /** Only what gateways and DMN routing need; personal data stays in the lead tables. */
    private static Map<String, Object> routingVariables(LeadId id, LeadForm form) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LeadProcess.VAR_LEAD_ID, id.value());
        variables.put(LeadProcess.VAR_HAND_RAISED, form.raisesHand());
        variables.put(LeadProcess.VAR_COUNTRY, form.normalisedCountry());
        variables.put(LeadProcess.VAR_INDUSTRY, form.industry());
        variables.put(LeadProcess.VAR_COMPANY_SIZE, form.companySize());
        variables.put(LeadProcess.VAR_RECYCLE_REASON, null);
        variables.put(LeadProcess.VAR_REQUESTED_SEQUENCE, null);
        return variables;
    }
}
