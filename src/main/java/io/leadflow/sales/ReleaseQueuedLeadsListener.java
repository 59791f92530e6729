package io.leadflow.sales;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.LeadProcess;
import io.leadflow.lead.LeadTimeline;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * UserTask_AcceptLead, on complete and delete: the task's rep has room again, so the oldest
 * queued lead of the team goes to the next rep with capacity.
 */
@Component
class ReleaseQueuedLeadsListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(ReleaseQueuedLeadsListener.class);
    private final RoundRobinAssigner assigner;
    private final LeadTimeline timeline;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final TransactionTemplate transactions;

    ReleaseQueuedLeadsListener(
            RoundRobinAssigner assigner,
            LeadTimeline timeline,
            RuntimeService runtime,
            IdentityService identity,
            PlatformTransactionManager transactionManager) {
        this.assigner = assigner;
        this.timeline = timeline;
        this.runtime = runtime;
        this.identity = identity;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void notify(DelegateTask task) {
        Object team = task.getExecution().getVariable(LeadProcess.VAR_SALES_TEAM);
        if (team != null) {
            release(team.toString(), task.getId());
        }
    }

    /**
     * Runs after the completing transaction commits, in one of its own: a rep's completion never
     * fails because another completion released the same queued lead at the same moment.
     */
    void release(String team, String leavingTaskId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            releaseWithRetries(team, leavingTaskId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                releaseWithRetries(team, leavingTaskId);
            }
        });
    }

    private void releaseWithRetries(String team, String leavingTaskId) {
        // the system assigns, not the rep whose completion triggered it (and whose rights are narrower)
        Authentication rep = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            releaseAttempts(team, leavingTaskId);
        } finally {
            if (rep != null) {
                identity.setAuthentication(rep);
            }
        }
    }

    private void releaseAttempts(String team, String leavingTaskId) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                transactions.executeWithoutResult(tx -> releaseNow(team, leavingTaskId));
                return;
            } catch (RuntimeException concurrentRelease) {
                log.info("Releasing the {} queue (attempt {}): {}", team, attempt, concurrentRelease.getMessage());
            }
        }
    }

    private void releaseNow(String team, String leavingTaskId) {
        for (RoundRobinAssigner.Assignment released : assigner.releaseQueued(team, leavingTaskId)) {
            String leadId = EngineAccess.unrestricted(() -> runtime.createProcessInstanceQuery()
                    .processInstanceId(released.processInstanceId())
                    .singleResult()
                    .getBusinessKey());
            timeline.record(
                    new LeadId(leadId),
                    "SALES_TASK_ASSIGNED",
                    "Assigned to " + released.assignee() + " (" + team + ", released from the queue)");
        }
    }
}
