package io.leadflow.scoring;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadSignals;
import io.leadflow.lead.LeadTimeline;
import io.leadflow.lead.Leads;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a lead's lifecycle that it qualified or raised its hand: one signal per state change. A
 * lead that is not in nurture (already with sales, say) is left where it is.
 */
@Service
public class Qualification {

    private static final Set<String> FAST_LANE_GRADES = Set.of("A", "B");
    private final Leads leads;
    private final LeadTimeline timeline;
    private final LeadSignals signals;

    Qualification(Leads leads, LeadTimeline timeline, LeadSignals signals) {
        this.leads = leads;
        this.timeline = timeline;
        this.signals = signals;
    }

    /** The lead met the MQL rule. */
    @Transactional
    public void qualify(LeadId id, String reason) {
        leads.recordQualificationReason(id, reason);
        timeline.record(id, "QUALIFIED", reason);
        signals.raise(id, LeadProcess.MESSAGE_LEAD_QUALIFIED, reason, null);
    }

    /** A demo request or similar: straight to sales when the lead fits, else noted for marketing. */
    @Transactional
    public void raiseHand(LeadId id, String what) {
        Lead lead = leads.require(id);
        if (!FAST_LANE_GRADES.contains(lead.score().fitGrade())) {
            timeline.record(
                    id, "HAND_RAISED", what + " (fit grade " + lead.score().fitGrade() + ": stays in nurture)");
            return;
        }
        String reason = "Hand-raiser: " + what;
        leads.recordQualificationReason(id, reason);
        timeline.record(id, "HAND_RAISED", what);
        signals.raise(id, LeadProcess.MESSAGE_HAND_RAISED, reason, null);
    }
}
