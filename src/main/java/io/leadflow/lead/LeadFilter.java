package io.leadflow.lead;

import java.util.Locale;

/**
 * Criteria of the marketers' lead list, all optional (null = any): lifecycle and buying stage, fit
 * grade, engagement score range (inclusive), exact campaign and source, and text in email, name or company.
 */
public record LeadFilter(
        LifecycleStage stage,
        BuyingStage buyingStage,
        String fitGrade,
        Integer minScore,
        Integer maxScore,
        String campaign,
        String source,
        String text) {

    public LeadFilter {
        fitGrade = blankToNull(fitGrade) == null ? null : fitGrade.trim().toUpperCase(Locale.ROOT);
        campaign = blankToNull(campaign);
        source = blankToNull(source);
        text = blankToNull(text);
    }

    /** No criteria: every live lead. */
    public static LeadFilter any() {
        return new LeadFilter(null, null, null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
