package io.leadflow.lead;

/** Where a lead is in the funnel; marketing owns it up to MQL, sales after. */
public enum LifecycleStage {
    SUBSCRIBER,
    LEAD,
    MQL,
    SAL,
    SQL,
    OPPORTUNITY,
    CUSTOMER,
    DISQUALIFIED
}
