package io.leadflow.nurture;

import io.leadflow.lead.Consent;
import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Previews a sequence for a lead profile: the emails rendered as they would be, nothing sent or stored. */
@Component
class SequenceSimulator {

    private final RepositoryService repository;
    private final EmailRenderer renderer;

    SequenceSimulator(RepositoryService repository, EmailRenderer renderer) {
        this.repository = repository;
        this.renderer = renderer;
    }

    SequenceSimulation simulate(String sequence, SimulationProfile profile) {
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(sequence)
                .latestVersion()
                .singleResult();
        if (definition == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No sequence " + sequence);
        }
        Lead lead = lead(profile);
        List<SimulatedEmail> emails = new ArrayList<>();
        for (SequenceWalk.EmailStep step : SequenceWalk.emails(repository.getBpmnModelInstance(definition.getId()))) {
            String subject = renderer.render(step.template(), lead).subject();
            emails.add(new SimulatedEmail(
                    emails.size() + 1,
                    step.activityId(),
                    step.template(),
                    subject,
                    step.offset().toDays()));
        }
        return new SequenceSimulation(
                sequence, definition.getVersion(), lead.consent().allowsMarketingEmail(), emails);
    }

    private static Lead lead(SimulationProfile profile) {
        Consent consent = profile.consent() == null ? new Consent(false) : profile.consent();
        String email = profile.email() == null ? "simulated@example.com" : profile.email();
        return new Lead(
                new LeadId("simulation"),
                email,
                profile.firstName(),
                profile.lastName(),
                profile.company(),
                profile.jobTitle(),
                null,
                null,
                null,
                null,
                "simulation",
                null,
                consent,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
