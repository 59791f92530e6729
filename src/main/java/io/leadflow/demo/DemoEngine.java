package io.leadflow.demo;

import io.leadflow.nurture.OutboxDispatcher;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Does at each simulated moment what the job executor and the outbox poller do in real time: runs
 * the jobs due by the engine clock (timers, async CRM hand-over) and sends the emails due.
 */
@Component
class DemoEngine {

    private static final Logger log = LoggerFactory.getLogger(DemoEngine.class);
    private static final int MAX_ROUNDS = 10;

    private final ManagementService management;
    private final OutboxDispatcher outbox;

    DemoEngine(ManagementService management, OutboxDispatcher outbox) {
        this.management = management;
        this.outbox = outbox;
    }

    /** Runs due jobs until none is left (a job may create the next one); returns how many ran. */
    int catchUp() {
        int ran = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            var due = management.createJobQuery().executable().listPage(0, 2000);
            if (due.isEmpty()) {
                break;
            }
            for (Job job : due) {
                ran += execute(job) ? 1 : 0;
            }
        }
        outbox.dispatchDue();
        return ran;
    }

    private boolean execute(Job job) {
        try {
            management.executeJob(job.getId());
            return true;
        } catch (RuntimeException failed) {
            // a failing job keeps its retries/incident as in production; the demo goes on
            log.debug("Demo job {} failed: {}", job.getId(), failed.getMessage());
            return false;
        }
    }
}
