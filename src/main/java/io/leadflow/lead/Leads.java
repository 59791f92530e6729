package io.leadflow.lead;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read and update leads: the lead module's API for the other modules. */
@Component
public class Leads {

    private final LeadRepository repository;
    private final LeadTimeline timeline;

    Leads(LeadRepository repository, LeadTimeline timeline) {
        this.repository = repository;
        this.timeline = timeline;
    }

    public Optional<Lead> find(LeadId id) {
        return repository.findById(id);
    }

    public Lead require(LeadId id) {
        return find(id).orElseThrow(() -> new LeadNotFoundException(id));
    }

    public void recordFit(LeadId id, String grade, int points) {
        repository.update("fit_grade = ?, fit_score = ?", id, grade, points);
        timeline.record(id, "FIT_SCORED", "Fit grade " + grade + " (" + points + " points)");
    }

    public void recordQualificationReason(LeadId id, String reason) {
        repository.update("qualification_reason = ?", id, reason);
    }

    /** The lead no longer wants marketing email; every send checks this. */
    @Transactional
    public void withdrawMarketingConsent(LeadId id, String how) {
        if (repository.update("consent_marketing_email = false", id) > 0) {
            timeline.record(id, "CONSENT_WITHDRAWN", "Marketing email consent withdrawn (" + how + ")");
        }
    }
}
