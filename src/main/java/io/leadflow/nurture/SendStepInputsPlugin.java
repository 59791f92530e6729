package io.leadflow.nurture;

import io.leadflow.platform.ParseListeners;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Marks the send steps while a process is parsed and, once its input mappings are parsed too, lifts
 * their constant inputs (see {@link SendStepInputs}). Every parse goes through here, including
 * definitions loaded again into the cache after a restart.
 */
@Component
class SendStepInputsPlugin extends AbstractProcessEnginePlugin {

    static final String DELEGATE = "${sendNurtureEmailDelegate}";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addPostParseListener(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (DELEGATE.equals(element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression"))) {
                    activity.setProperty(SendStepInputs.PROPERTY, Boolean.TRUE);
                }
            }

            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                SendStepInputs.lift(definition);
            }
        });
    }
}
