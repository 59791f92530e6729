package io.leadflow.crm;

import io.leadflow.lead.Lead;

/** Port to the sales CRM: creates the contact and an opportunity for an accepted lead. */
public interface CrmGateway {

    /**
     * Hands the lead over; calling again with the same key returns the same opportunity and creates
     * nothing new (jobs are retried).
     */
    CrmHandover handOver(Lead lead, String handoverKey);
}
