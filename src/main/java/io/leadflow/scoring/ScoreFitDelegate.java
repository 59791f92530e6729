package io.leadflow.scoring;

import io.leadflow.lead.BuyingStage;
import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.Leads;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ScoreFit: scores fit and buying stage, for the sales-ready gateway and the track choice. */
@Component
class ScoreFitDelegate implements JavaDelegate {

    private final Leads leads;
    private final FitScoring fitScoring;
    private final BuyingStages buyingStages;

    ScoreFitDelegate(Leads leads, FitScoring fitScoring, BuyingStages buyingStages) {
        this.leads = leads;
        this.fitScoring = fitScoring;
        this.buyingStages = buyingStages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Lead lead = leads.require(new LeadId(execution.getProcessBusinessKey()));
        FitScore fit = fitScoring.score(lead);
        leads.recordFit(lead.id(), fit.grade(), fit.points(), FitScoring.describe(fit));
        BuyingStage stage = buyingStages.evaluate(lead.bant(), null);
        leads.recordBuyingStage(lead.id(), stage, "BANT answers");
        execution.setVariable(LeadProcess.VAR_FIT_GRADE, fit.grade());
        execution.setVariable(LeadProcess.VAR_FIT_SCORE, fit.points());
        execution.setVariable(LeadProcess.VAR_BUYING_STAGE, stage.name());
    }
}
