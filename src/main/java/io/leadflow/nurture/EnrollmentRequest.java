package io.leadflow.nurture;

import io.leadflow.lead.BuyingStage;
import io.leadflow.lead.LifecycleStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Send leads into a sequence: by id, or every lead matching a filter. */
public record EnrollmentRequest(
        @NotBlank(message = "is required") String sequence,
        @Size(max = 10_000, message = "at most 10000 ids per request") List<String> leadIds,
        @Valid Filter filter) {

    /** Which leads a bulk enrollment selects; every field is optional. */
    public record Filter(LifecycleStage stage, BuyingStage buyingStage, @Size(max = 100) String campaign) {}

    @AssertTrue(message = "give leadIds or a filter")
    boolean isTargeted() {
        return (leadIds != null && !leadIds.isEmpty()) || filter != null;
    }
}
