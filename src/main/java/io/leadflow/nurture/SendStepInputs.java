package io.leadflow.nurture;

import io.leadflow.lead.LeadProcess;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.core.variable.mapping.InputParameter;
import org.camunda.bpm.engine.impl.core.variable.mapping.IoMapping;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ConstantValueProvider;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.el.ElValueProvider;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;

/**
 * A send step's inputs as the model states them: the template and whether it may be sent again.
 * Mapped as inputs, the engine would write both as local variables on every step (a runtime row, a
 * history row and a history detail each) for values that never change; {@link #lift} moves constant
 * inputs from the step's input mapping onto the parsed step instead. An input that is an expression
 * stays mapped and is read from its variable.
 */
record SendStepInputs(String template, boolean repeatable) {

    /** Marks a parsed send step; the lifted inputs replace the marker. */
    static final String PROPERTY = "leadflow.sendStepInputs";

    private static final Set<String> KNOWN = Set.of(LeadProcess.VAR_TEMPLATE, LeadProcess.VAR_REPEATABLE);

    static SendStepInputs of(DelegateExecution execution) {
        if (execution instanceof PvmExecutionImpl pvm
                && pvm.getActivity().getProperty(PROPERTY) instanceof SendStepInputs lifted) {
            return lifted;
        }
        return of(
                execution.getVariableLocal(LeadProcess.VAR_TEMPLATE),
                execution.getVariableLocal(LeadProcess.VAR_REPEATABLE));
    }

    /** From the model's values, as mapped variables or as lifted constants: repeatable is "true" or absent. */
    private static SendStepInputs of(Object template, Object repeatable) {
        return new SendStepInputs((String) template, repeatable != null && Boolean.parseBoolean(repeatable.toString()));
    }

    /** For every marked step in the scope (and nested scopes) whose inputs are all constants. */
    static void lift(ScopeImpl scope) {
        for (ActivityImpl activity : scope.getActivities()) {
            if (activity.getProperty(PROPERTY) != null) {
                liftConstants(activity);
            }
            lift(activity);
        }
    }

    private static void liftConstants(ActivityImpl activity) {
        activity.setProperty(PROPERTY, null);
        IoMapping mapping = activity.getIoMapping();
        if (mapping == null || !mapping.getOutputParameters().isEmpty()) {
            return;
        }
        Map<String, Object> constants = new HashMap<>();
        for (InputParameter input : mapping.getInputParameters()) {
            Object constant = constant(input.getValueProvider());
            if (constant == null) {
                return;
            }
            constants.put(input.getName(), constant);
        }
        if (!KNOWN.containsAll(constants.keySet()) || !(constants.get(LeadProcess.VAR_TEMPLATE) instanceof String)) {
            return; // inputs this class does not know stay variables, as the model says
        }
        activity.setProperty(
                PROPERTY, of(constants.get(LeadProcess.VAR_TEMPLATE), constants.get(LeadProcess.VAR_REPEATABLE)));
        activity.setIoMapping(null);
    }

    /** Plain text in the model is parsed as an expression without anything to evaluate; null if not constant. */
    private static Object constant(ParameterValueProvider provider) {
        if (provider instanceof ConstantValueProvider constant) {
            return constant.getValue(null);
        }
        if (provider instanceof ElValueProvider el && !el.isDynamic()) {
            return el.getExpression().getExpressionText();
        }
        return null;
    }
}
