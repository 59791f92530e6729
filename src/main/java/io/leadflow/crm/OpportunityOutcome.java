package io.leadflow.crm;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The CRM's word on an opportunity: won or lost, and why. */
public record OpportunityOutcome(
        @NotNull(message = "is required (WON or LOST)") Result outcome, @Size(max = 500) String reason) {

    /** How an opportunity closed. */
    public enum Result {
        WON,
        LOST
    }
}
