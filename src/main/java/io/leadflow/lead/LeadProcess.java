package io.leadflow.lead;

/** Names shared between the BPMN models in processes/ and the code: process keys, messages, variables. */
public final class LeadProcess {

    public static final String PROCESS_KEY = "LeadLifecycle";

    public static final String MESSAGE_LEAD_QUALIFIED = "LeadQualified";
    public static final String MESSAGE_HAND_RAISED = "HandRaised";
    public static final String MESSAGE_UNSUBSCRIBED = "LeadUnsubscribed";
    public static final String MESSAGE_ERASED = "LeadErased";
    public static final String MESSAGE_OPPORTUNITY_CLOSED = "OpportunityClosed";
    public static final String MESSAGE_NURTURE_ENGAGED = "NurtureEngaged";
    public static final String MESSAGE_TRACK_CHANGED = "NurtureTrackChanged";

    public static final String VAR_LEAD_ID = "leadId";
    public static final String VAR_BUYING_STAGE = "buyingStage";
    public static final String VAR_HAND_RAISED = "handRaised";
    public static final String VAR_COUNTRY = "country";
    public static final String VAR_INDUSTRY = "industry";
    public static final String VAR_COMPANY_SIZE = "companySize";
    public static final String VAR_FIT_GRADE = "fitGrade";
    public static final String VAR_FIT_SCORE = "fitScore";
    public static final String VAR_RECYCLE_REASON = "recycleReason";
    public static final String VAR_NURTURE_SEQUENCE = "nurtureSequence";
    public static final String VAR_REQUESTED_SEQUENCE = "requestedSequence";
    public static final String VAR_SALES_TEAM = "salesTeam";
    public static final String VAR_SALES_ACCEPTED = "salesAccepted";
    public static final String VAR_ACCEPTED = "accepted";
    public static final String VAR_REASON = "reason";
    public static final String VAR_NOTE = "note";
    /** The form's answer for a DUPLICATE: the email of the lead this one duplicates. */
    public static final String VAR_DUPLICATE_OF = "duplicateOf";

    public static final String VAR_DUPLICATE_OF_LEAD_ID = "duplicateOfLeadId";
    public static final String VAR_MERGE_REASON = "mergeReason";
    public static final String VAR_SALES_TASK_ID = "salesTaskId";
    public static final String VAR_OPPORTUNITY_ID = "opportunityId";
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_QUALIFICATION_REASON = "qualificationReason";
    public static final String VAR_TEMPLATE = "template";
    public static final String VAR_REPEATABLE = "repeatable";

    private LeadProcess() {}
}
