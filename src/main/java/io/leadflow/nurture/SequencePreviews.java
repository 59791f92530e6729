package io.leadflow.nurture;

import io.leadflow.lead.Bant;
import io.leadflow.lead.BuyingStage;
import io.leadflow.lead.Consent;
import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadFilter;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import io.leadflow.lead.LifecycleStage;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** A step's email rendered for a lead: a given one, or a sample (one in the sequence, else the newest). */
@Component
public class SequencePreviews {

    /** The rendered email and the lead it was rendered for. */
    public record StepPreview(String sequence, String stepId, Lead lead, RenderedEmail email) {}

    private final SequenceCatalog catalog;
    private final EmailRenderer renderer;
    private final Leads leads;
    private final RuntimeService runtime;

    SequencePreviews(SequenceCatalog catalog, EmailRenderer renderer, Leads leads, RuntimeService runtime) {
        this.catalog = catalog;
        this.renderer = renderer;
        this.leads = leads;
        this.runtime = runtime;
    }

    /** Empty when the sequence or the step does not exist. */
    public Optional<StepPreview> preview(String key, String stepId, LeadId leadId) {
        Lead lead = leadId == null ? sampleLead(key) : leads.require(leadId);
        return catalog.find(key).flatMap(sequence -> sequence.steps().stream()
                .filter(step -> step.id().equals(stepId))
                .findFirst()
                .map(step -> new StepPreview(key, stepId, lead, renderer.render(step.template(), lead))));
    }

    Lead sampleLead(String key) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(key).listPage(0, 1).stream()
                .map(instance -> leads.find(new LeadId(instance.getBusinessKey())))
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> leads.search(LeadFilter.any(), 0, 1).items().stream().findFirst())
                .orElseGet(SequencePreviews::madeUp);
    }

    /** No lead at all yet (a fresh installation): a made-up one shows the placeholders filled. */
    private static Lead madeUp() {
        Instant now = Instant.now();
        return new Lead(
                new LeadId("sample"),
                "alex@example.com",
                "Alex",
                "Example",
                "Example Ltd",
                "Head of Marketing",
                200,
                "Software",
                "DE",
                null,
                "sample",
                null,
                new Consent(true),
                new Bant(null, null, null, null),
                LifecycleStage.LEAD,
                BuyingStage.NO_NEED,
                new Lead.Score(null, null, 0),
                null,
                now,
                now);
    }
}
