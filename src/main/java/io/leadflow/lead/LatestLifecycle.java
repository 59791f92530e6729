package io.leadflow.lead;

import io.leadflow.platform.ParseListeners;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The id of the lead lifecycle's latest version, for starting lifecycles by id: by key the engine
 * queries the latest version again for every instance, a sixth of a capture's work. The id is looked
 * up again after a second, and at once after this node deployed a lifecycle version (its parse
 * listener sees the deployment, which is then read once committed); a version deployed on another
 * node starts new leads there within a second.
 */
@Component
class LatestLifecycle extends AbstractProcessEnginePlugin {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private record Cached(String id, long at) {}

    private volatile Cached cached;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addPostParseListener(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                if (LeadProcess.PROCESS_KEY.equals(definition.getKey())) {
                    forget();
                }
            }
        });
    }

    /** Call inside an engine command. */
    String id(CommandContext context) {
        Cached current = cached;
        long now = System.nanoTime();
        if (current == null || now - current.at() > FRESH_NANOS) {
            current = new Cached(
                    context.getProcessEngineConfiguration()
                            .getDeploymentCache()
                            .findDeployedLatestProcessDefinitionByKey(LeadProcess.PROCESS_KEY)
                            .getId(),
                    now);
            cached = current;
        }
        return current.id();
    }

    /** Now and, as a deployment commits after it is parsed, once more when it has committed. */
    private void forget() {
        cached = null;
        CommandContext context = Context.getCommandContext();
        if (context != null) {
            context.getTransactionContext()
                    .addTransactionListener(TransactionState.COMMITTED, committed -> cached = null);
        }
    }
}
