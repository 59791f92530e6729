package io.leadflow.lead;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Erases a lead on request: a running lifecycle erases through its GDPR event sub-process (which
 * also ends every nurture sequence), an ended one directly. Engine history goes too, since task
 * variables shown to sales held the lead's name.
 */
@Service
class LeadErasure {

    private final Leads leads;
    private final LeadEraser eraser;
    private final RuntimeService runtime;
    private final HistoryService history;

    LeadErasure(Leads leads, LeadEraser eraser, RuntimeService runtime, HistoryService history) {
        this.leads = leads;
        this.eraser = eraser;
        this.runtime = runtime;
        this.history = history;
    }

    void erase(LeadId id) {
        leads.require(id);
        boolean erasedByProcess = !runtime.createMessageCorrelation(LeadProcess.MESSAGE_ERASED)
                .processInstanceBusinessKey(id.value())
                .correlateAllWithResult()
                .isEmpty();
        if (!erasedByProcess) {
            eraser.erase(id);
        }
        List<String> ended =
                history
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(id.value())
                        .finished()
                        .list()
                        .stream()
                        .map(HistoricProcessInstance::getId)
                        .toList();
        if (!ended.isEmpty()) {
            history.deleteHistoricProcessInstancesIfExists(ended);
        }
    }
}
