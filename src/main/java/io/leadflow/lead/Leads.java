package io.leadflow.lead;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read and update leads: the lead module's API for the other modules. */
@Component
public class Leads {

    private final LeadRepository repository;
    private final LeadSearch search;
    private final LeadScores scores;
    private final LeadTimeline timeline;
    private final LeadFilterQuery filtered;

    Leads(
            LeadRepository repository,
            LeadSearch search,
            LeadScores scores,
            LeadTimeline timeline,
            LeadFilterQuery filtered) {
        this.repository = repository;
        this.search = search;
        this.scores = scores;
        this.timeline = timeline;
        this.filtered = filtered;
    }

    /** One page (0-based) of live leads matching the filter, newest first, with the total. */
    public LeadPage search(LeadFilter filter, int page, int size) {
        return filtered.page(filter, page, size);
    }

    /** Ids of live leads matching the filter, oldest first, at most limit (for bulk actions). */
    public List<LeadId> idsMatching(LeadFilter filter, int limit) {
        return filtered.ids(filter, limit);
    }

    public Optional<Lead> find(LeadId id) {
        return repository.findById(id);
    }

    public Optional<LeadId> findIdByEmail(String email) {
        return repository.findIdByEmail(email.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** The next batch of live leads after the given id (empty string to start), ordered by id. */
    public List<Lead> batchAfter(String afterId, int limit) {
        return search.batchAfter(afterId, limit);
    }

    public long countLive() {
        return search.countLive();
    }

    public Lead require(LeadId id) {
        return find(id).orElseThrow(() -> new LeadNotFoundException(id));
    }

    public void recordFit(LeadId id, String grade, int points, String reasons) {
        repository.update("fit_grade = ?, fit_score = ?, fit_reasons = ?", id, grade, points, reasons);
        timeline.record(id, "FIT_SCORED", "Fit grade " + grade + " (" + points + " points: " + reasons + ")");
    }

    public void recordBuyingStage(LeadId id, BuyingStage stage, String why) {
        if (scores.changeBuyingStage(id, stage)) {
            timeline.record(id, "BUYING_STAGE_CHANGED", "Buying stage " + stage + (why == null ? "" : ": " + why));
        }
    }

    public String fitReasons(LeadId id) {
        return scores.fitReasons(id);
    }

    public void recordQualificationReason(LeadId id, String reason) {
        repository.update("qualification_reason = ?", id, reason);
    }

    /** The lead clicked its double opt-in link: pending consent becomes consent. */
    @Transactional
    public boolean confirmMarketingConsent(LeadId id) {
        boolean confirmed = repository.confirmConsent(id);
        if (confirmed) {
            timeline.record(id, "CONSENT_CONFIRMED", "Marketing email consent confirmed (double opt-in)");
        }
        return confirmed;
    }

    /** The lead no longer wants marketing email; every send checks this. */
    @Transactional
    public void withdrawMarketingConsent(LeadId id, String how) {
        if (repository.update("consent_marketing_email = false", id) > 0) {
            timeline.record(id, "CONSENT_WITHDRAWN", "Marketing email consent withdrawn (" + how + ")");
        }
    }
}
