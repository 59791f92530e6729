package io.leadflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Points camunda-bpm-assert at the engine of the test's own Spring context before each test. */
class ProcessEngineAssertions implements BeforeEachCallback {

    /** Order of test classes with a Spring context of their own: after all others. */
    static final int SEPARATE_CONTEXT = Integer.MAX_VALUE;

    @Override
    public void beforeEach(ExtensionContext context) {
        AbstractAssertions.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
    }
}
