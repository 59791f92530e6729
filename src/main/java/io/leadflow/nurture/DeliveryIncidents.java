package io.leadflow.nurture;

import io.leadflow.lead.LeadProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** An email that finally failed shows as an incident on the lead's lifecycle in Cockpit. */
@Component
class DeliveryIncidents {

    static final String TYPE = "emailDelivery";
    private static final Logger log = LoggerFactory.getLogger(DeliveryIncidents.class);
    private final RuntimeService runtime;

    DeliveryIncidents(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void raise(Outbox.Entry entry, int attempts, Exception cause) {
        ProcessInstance lifecycle = runtime.createProcessInstanceQuery()
                .processDefinitionKey(LeadProcess.PROCESS_KEY)
                .processInstanceBusinessKey(entry.leadId().value())
                .singleResult();
        String message = "Email \"" + entry.subject() + "\" failed " + attempts + " times: " + cause.getMessage();
        if (lifecycle == null) {
            log.warn("{} (lead {} has no running lifecycle)", message, entry.leadId());
            return;
        }
        runtime.createIncident(
                TYPE, waitingExecution(runtime.getActivityInstance(lifecycle.getId())), entry.key(), message);
    }

    /** An incident belongs to an execution that waits in an activity: the deepest one of the lifecycle. */
    private static String waitingExecution(ActivityInstance instance) {
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            return waitingExecution(child);
        }
        return instance.getExecutionIds()[0];
    }
}
