package io.leadflow.lead;

/** The buyer's own progress, orthogonal to the lifecycle; it picks the nurture track. */
public enum BuyingStage {
    NO_NEED,
    NEED_NO_BANT,
    SHORTLIST;

    /** A lead with every BANT answer is shortlisting; one who states a need is past stage 1. */
    public static BuyingStage fromBant(Bant bant) {
        if (bant == null) {
            return NO_NEED;
        }
        if (bant.complete()) {
            return SHORTLIST;
        }
        return Boolean.TRUE.equals(bant.need()) ? NEED_NO_BANT : NO_NEED;
    }
}
