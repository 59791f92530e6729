package io.leadflow.lead;

/**
 * Which leads a list or a bulk action means; every field is optional (null = any). Score is the
 * engagement score; grade the fit grade (A–D); importId the CSV import the lead came in with.
 */
public record LeadFilter(
        LifecycleStage stage,
        BuyingStage buyingStage,
        String grade,
        Integer minScore,
        Integer maxScore,
        String campaign,
        String source,
        String importId,
        String q) {

    public static LeadFilter any() {
        return new LeadFilter(null, null, null, null, null, null, null, null, null);
    }

    public LeadFilter {
        grade = blankToNull(grade);
        campaign = blankToNull(campaign);
        source = blankToNull(source);
        importId = blankToNull(importId);
        q = blankToNull(q);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
