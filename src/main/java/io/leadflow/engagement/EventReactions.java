package io.leadflow.engagement;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadSignals;
import io.leadflow.lead.Leads;
import io.leadflow.nurture.Unsubscriptions;
import io.leadflow.scoring.BuyingStages;
import io.leadflow.scoring.Qualification;
import org.springframework.stereotype.Component;

/** State changes an accepted event causes beyond its points: key actions, hand-raise, opt-out. */
@Component
class EventReactions {

    private final Leads leads;
    private final BuyingStages buyingStages;
    private final Qualification qualification;
    private final LeadSignals signals;
    private final Unsubscriptions unsubscriptions;

    EventReactions(
            Leads leads,
            BuyingStages buyingStages,
            Qualification qualification,
            LeadSignals signals,
            Unsubscriptions unsubscriptions) {
        this.leads = leads;
        this.buyingStages = buyingStages;
        this.qualification = qualification;
        this.signals = signals;
        this.unsubscriptions = unsubscriptions;
    }

    void react(LeadId id, EngagementEvent event) {
        if (event.content() != null) {
            buyingStages.advance(leads.require(id), event.content());
        }
        switch (event.type()) {
            case DEMO_REQUESTED -> qualification.raiseHand(id, "requested a demo");
            case EMAIL_CLICKED -> signals.raise(id, LeadProcess.MESSAGE_NURTURE_ENGAGED, "clicked", null);
            case UNSUBSCRIBED -> unsubscriptions.unsubscribe(id, "unsubscribe event");
            case EMAIL_BOUNCED -> unsubscriptions.unsubscribe(id, "hard bounce");
            case EMAIL_COMPLAINED -> unsubscriptions.unsubscribe(id, "spam complaint");
            default -> {}
        }
    }
}
