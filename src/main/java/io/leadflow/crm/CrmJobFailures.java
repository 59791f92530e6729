package io.leadflow.crm;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A CRM rejection (4xx) will not heal by waiting: its job gets no more retries, so the incident
 * shows in Cockpit at once instead of after the whole retry cycle.
 */
@Component
class CrmJobFailures extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory((jobId, exception) -> new DefaultJobRetryCmd(jobId, exception) {
            @Override
            public Object execute(CommandContext commandContext) {
                super.execute(commandContext);
                JobEntity job = commandContext.getJobManager().findJobById(jobId);
                if (job != null && rejected(exception)) {
                    job.setRetries(0);
                }
                return null;
            }
        });
    }

    private static boolean rejected(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof CrmRejectedException) {
                return true;
            }
        }
        return false;
    }
}
