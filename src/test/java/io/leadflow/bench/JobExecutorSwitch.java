package io.leadflow.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/** Stops the job executor while work piles up, so a run measures draining it and nothing else. */
final class JobExecutorSwitch {

    private final ProcessEngine engine;
    private final JobExecutor executor;

    JobExecutorSwitch(ProcessEngine engine) {
        this.engine = engine;
        this.executor =
                ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
    }

    void start() {
        if (!executor.isActive()) {
            executor.start();
        }
    }

    void stop() {
        if (executor.isActive()) {
            executor.shutdown();
        }
    }

    /** Jobs due now (timers in the future do not count). */
    long remaining() {
        return engine.getManagementService().createJobQuery().executable().count();
    }
}
