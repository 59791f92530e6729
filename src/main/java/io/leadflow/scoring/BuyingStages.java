package io.leadflow.scoring;

import io.leadflow.lead.Bant;
import io.leadflow.lead.BuyingStage;
import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadSignals;
import io.leadflow.lead.Leads;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** processes/buying-stage.dmn: BANT answers and key actions place the lead in a buying stage. */
@Component
public class BuyingStages {

    private final ScoringDecisions decisions;
    private final Leads leads;
    private final LeadSignals signals;

    BuyingStages(ScoringDecisions decisions, Leads leads, LeadSignals signals) {
        this.decisions = decisions;
        this.leads = leads;
        this.signals = signals;
    }

    BuyingStage evaluate(Bant bant, String keyAction) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("budget", bant.budget());
        inputs.put("authority", bant.authority());
        inputs.put("need", bant.need());
        inputs.put("timeline", bant.timeline());
        inputs.put("keyAction", keyAction);
        String stage = decisions
                .evaluateRemembered("BuyingStage", inputs)
                .getSingleResult()
                .getEntry("buyingStage");
        return BuyingStage.valueOf(stage);
    }

    /** A key action moves the lead forward (never back) and switches its nurture track. */
    public void advance(Lead lead, String keyAction) {
        BuyingStage next = evaluate(lead.bant(), keyAction);
        if (next.ordinal() > lead.buyingStage().ordinal()) {
            leads.recordBuyingStage(lead.id(), next, "key action " + keyAction);
            signals.raise(lead.id(), LeadProcess.MESSAGE_TRACK_CHANGED, "Buying stage " + next, null);
        }
    }
}
