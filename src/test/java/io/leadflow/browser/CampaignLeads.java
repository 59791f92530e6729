package io.leadflow.browser;

import io.leadflow.Driver;
import io.leadflow.lead.LeadForm;

/** Driver's test leads with a campaign of the test's own, so that its counts are its alone. */
final class CampaignLeads {

    private CampaignLeads() {}

    /** A well-fitting lead that asked for a demo (goes straight to sales). */
    static LeadForm handRaiser(String campaign) {
        return withCampaign(Driver.fittingLead(Driver.uniqueEmail("ui-hand"), "demo-request"), campaign);
    }

    /** A cold lead (grade D) that stays in nurture. */
    static LeadForm cold(String campaign) {
        return withCampaign(Driver.coldLead(Driver.uniqueEmail("ui-cold")), campaign);
    }

    private static LeadForm withCampaign(LeadForm f, String campaign) {
        return new LeadForm(
                f.email(),
                f.firstName(),
                f.lastName(),
                f.company(),
                f.jobTitle(),
                f.companySize(),
                f.industry(),
                f.country(),
                f.phone(),
                f.source(),
                campaign,
                f.consent(),
                f.bant());
    }
}
