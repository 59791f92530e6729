package io.leadflow.lead;

import java.time.Instant;

/** A lead as the rest of the system sees it. */
public record Lead(
        LeadId id,
        String email,
        String firstName,
        String lastName,
        String company,
        String jobTitle,
        Integer companySize,
        String industry,
        String country,
        String phone,
        String source,
        String campaign,
        Consent consent,
        Bant bant,
        LifecycleStage stage,
        BuyingStage buyingStage,
        Score score,
        String qualificationReason,
        Instant createdAt,
        Instant updatedAt) {

    /** Fit (explicit) and engagement (implicit) score. */
    public record Score(String fitGrade, Integer fit, int engagement) {}

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? email : name;
    }
}
