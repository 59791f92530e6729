package io.leadflow.lead;

/** The buyer's own progress, orthogonal to the lifecycle; it picks the nurture track. */
public enum BuyingStage {
    NO_NEED,
    NEED_NO_BANT,
    SHORTLIST
}
