package io.leadflow.sales;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Work the engine does on the system's behalf inside a rep's command: completing one task
 * assigns another rep's queued task and counts everybody's open tasks, which the rep's own
 * authorizations would hide or forbid.
 */
final class EngineAccess {

    private EngineAccess() {}

    static <T> T unrestricted(Supplier<T> work) {
        CommandContext command = Context.getCommandContext();
        if (command == null || !command.isAuthorizationCheckEnabled()) {
            return work.get();
        }
        command.disableAuthorizationCheck();
        try {
            return work.get();
        } finally {
            command.enableAuthorizationCheck();
        }
    }
}
