package io.leadflow.sales;

/** Why sales did not accept a lead; some recycle it into nurture, others disqualify it. */
public enum RejectionReason {
    NOT_READY(false),
    NO_BUDGET(false),
    BAD_TIMING(false),
    WRONG_CONTACT(true),
    COMPETITOR(true),
    SPAM(true),
    DUPLICATE(false);

    private final boolean disqualifies;

    RejectionReason(boolean disqualifies) {
        this.disqualifies = disqualifies;
    }

    public boolean disqualifies() {
        return disqualifies;
    }
}
