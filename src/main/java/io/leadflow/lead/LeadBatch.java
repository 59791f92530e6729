package io.leadflow.lead;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Up to 100 leads in one request (list syncs from form tools and event apps); all valid or none captured. */
public record LeadBatch(
        @NotNull(message = "is required")
                @NotEmpty(message = "must list at least one lead")
                @Size(max = LeadBatch.MAX_LEADS, message = "must list at most " + LeadBatch.MAX_LEADS + " leads")
                List<@Valid @NotNull(message = "must be a lead") LeadForm> leads) {

    static final int MAX_LEADS = 100;
}
