package io.leadflow.scoring;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a lead's lifecycle that it qualified or raised its hand. One correlation per state change;
 * a lead that is not in nurture (already with sales, say) has no subscription and is left alone.
 */
@Service
public class Qualification {

    private static final Set<String> FAST_LANE_GRADES = Set.of("A", "B");
    private final Leads leads;
    private final LeadTimeline timeline;
    private final RuntimeService runtime;

    Qualification(Leads leads, LeadTimeline timeline, RuntimeService runtime) {
        this.leads = leads;
        this.timeline = timeline;
        this.runtime = runtime;
    }

    /** The lead met the MQL rule; returns whether its lifecycle moved on. */
    @Transactional
    public boolean qualify(LeadId id, String reason) {
        leads.require(id);
        leads.recordQualificationReason(id, reason);
        return correlate(id, LeadProcess.MESSAGE_LEAD_QUALIFIED, reason);
    }

    /** A demo request or similar: straight to sales when the lead fits, else noted for marketing. */
    @Transactional
    public boolean raiseHand(LeadId id, String what) {
        Lead lead = leads.require(id);
        if (!FAST_LANE_GRADES.contains(lead.score().fitGrade())) {
            timeline.record(
                    id, "HAND_RAISED", what + " (fit grade " + lead.score().fitGrade() + ": stays in nurture)");
            return false;
        }
        String reason = "Hand-raiser: " + what;
        leads.recordQualificationReason(id, reason);
        return correlate(id, LeadProcess.MESSAGE_HAND_RAISED, reason);
    }

    private boolean correlate(LeadId id, String message, String reason) {
        return !runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(id.value())
                .setVariable(LeadProcess.VAR_QUALIFICATION_REASON, reason)
                .correlateAllWithResult()
                .isEmpty();
    }
}
