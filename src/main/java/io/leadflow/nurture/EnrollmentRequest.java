package io.leadflow.nurture;

import io.leadflow.lead.BuyingStage;
import io.leadflow.lead.LeadFilter;
import io.leadflow.lead.LifecycleStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Send leads into a sequence: by id, or every lead matching a filter ("all N matching"). */
public record EnrollmentRequest(
        @NotBlank(message = "is required") String sequence,
        @Size(max = 10_000, message = "at most 10000 ids per request") List<String> leadIds,
        @Valid Filter filter) {

    /** Which leads a bulk enrollment selects; every field is optional. */
    public record Filter(
            LifecycleStage stage,
            BuyingStage buyingStage,
            @Pattern(regexp = "[A-Da-d]", message = "must be A, B, C or D") String grade,
            Integer minScore,
            Integer maxScore,
            @Size(max = 100) String campaign,
            @Size(max = 100) String source,
            @Size(max = 36) String importId,
            @Size(max = 100) String q) {

        LeadFilter toLeadFilter() {
            return new LeadFilter(stage, buyingStage, grade, minScore, maxScore, campaign, source, q, importId);
        }
    }

    @AssertTrue(message = "give leadIds or a filter")
    boolean isTargeted() {
        return (leadIds != null && !leadIds.isEmpty()) || filter != null;
    }
}
