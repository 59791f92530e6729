package io.leadflow.lead;

import java.util.Locale;

/**
 * Criteria of the marketers' lead list, all optional (null = any): lifecycle and buying stage, fit
 * grade, engagement score range (inclusive), exact campaign and source, text in email, name or company,
 * and the CSV import the lead came in with.
 */
public record LeadFilter(
        LifecycleStage stage,
        BuyingStage buyingStage,
        String fitGrade,
        Integer minScore,
        Integer maxScore,
        String campaign,
        String source,
        String text,
        String importId) {

    public LeadFilter {
        fitGrade = blankToNull(fitGrade) == null ? null : fitGrade.trim().toUpperCase(Locale.ROOT);
        campaign = blankToNull(campaign);
        source = blankToNull(source);
        text = blankToNull(text);
        importId = blankToNull(importId);
    }

    /** No criteria: every live lead. */
    public static LeadFilter any() {
        return new LeadFilter(null, null, null, null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
