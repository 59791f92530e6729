package io.leadflow.scoring;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.Leads;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ScoreFit: scores the lead's fit and hands the grade to the sales-ready gateway. */
@Component
class ScoreFitDelegate implements JavaDelegate {

    private final Leads leads;
    private final FitScoring fitScoring;

    ScoreFitDelegate(Leads leads, FitScoring fitScoring) {
        this.leads = leads;
        this.fitScoring = fitScoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LeadId id = new LeadId(execution.getProcessBusinessKey());
        FitScore fit = fitScoring.score(leads.require(id));
        leads.recordFit(id, fit.grade(), fit.points());
        execution.setVariable(LeadProcess.VAR_FIT_GRADE, fit.grade());
        execution.setVariable(LeadProcess.VAR_FIT_SCORE, fit.points());
    }
}
