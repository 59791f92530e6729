package io.leadflow.lead;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes what a submission says about a lead: new leads' rows, resubmissions merged in. */
@Repository
class LeadProfiles {

    // a new lead's columns; fit, qualification reason and erasure start empty
    private static final String INSERTED = "id, email, first_name, last_name, company, job_title, company_size,"
            + " industry, country, phone, source, campaign, consent_marketing_email, consent_pending, bant_budget,"
            + " bant_authority, bant_need, bant_timeline, lifecycle_stage, buying_stage, engagement_score,"
            + " created_at, updated_at";

    private final JdbcClient jdbc;

    LeadProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds new leads' rows to the statement and answers them as they will be stored (now must already be
     * in the database's precision); with double opt-in their consent stays pending until confirmed.
     */
    List<Lead> insertAll(List<NewLead> leads, Instant now, boolean doubleOptIn, Inserts statement) {
        List<Lead> stored = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (NewLead lead : leads) {
            Lead row = asStored(lead, now, doubleOptIn);
            stored.add(row);
            rows.add(row(row, doubleOptIn && consents(lead.form())));
        }
        statement.into("lead", INSERTED, rows);
        return stored;
    }

    private static Lead asStored(NewLead lead, Instant now, boolean doubleOptIn) {
        LeadForm form = lead.form();
        return new Lead(
                lead.id(),
                form.normalisedEmail(),
                form.firstName(),
                form.lastName(),
                form.company(),
                form.jobTitle(),
                form.companySize(),
                form.industry(),
                form.normalisedCountry(),
                form.phone(),
                form.source(),
                form.campaign(),
                new Consent(consents(form) && !doubleOptIn),
                form.bant() == null ? new Bant(null, null, null, null) : form.bant(),
                LifecycleStage.LEAD,
                BuyingStage.NO_NEED,
                new Lead.Score(null, null, 0),
                null,
                now,
                now);
    }

    private static boolean consents(LeadForm form) {
        return form.consent() != null && form.consent().allowsMarketingEmail();
    }

    private static Object[] row(Lead lead, boolean consentPending) {
        Bant bant = lead.bant();
        Timestamp now = Timestamp.from(lead.createdAt());
        return new Object[] {
            lead.id().value(),
            lead.email(),
            lead.firstName(),
            lead.lastName(),
            lead.company(),
            lead.jobTitle(),
            lead.companySize(),
            lead.industry(),
            lead.country(),
            lead.phone(),
            lead.source(),
            lead.campaign(),
            lead.consent().marketingEmail(),
            consentPending,
            bant.budget(),
            bant.authority(),
            bant.need(),
            bant.timeline(),
            lead.stage().name(),
            lead.buyingStage().name(),
            0,
            now,
            now
        };
    }

    /** Fills in what the new submission adds; a blank field never wipes a known value. */
    void merge(LeadId id, LeadForm form, Instant now, boolean doubleOptIn) {
        Boolean consent = form.consent() == null ? null : form.consent().marketingEmail();
        if (doubleOptIn && Boolean.TRUE.equals(consent)) {
            consent = null; // granting needs the confirmation click; withdrawing works at once
        }
        jdbc.sql("update lead set first_name = coalesce(:firstName, first_name),"
                        + " last_name = coalesce(:lastName, last_name), company = coalesce(:company, company),"
                        + " job_title = coalesce(:jobTitle, job_title),"
                        + " company_size = coalesce(:companySize, company_size),"
                        + " industry = coalesce(:industry, industry), country = coalesce(:country, country),"
                        + " phone = coalesce(:phone, phone), campaign = coalesce(:campaign, campaign),"
                        + " consent_marketing_email = coalesce(:consent, consent_marketing_email),"
                        + " bant_budget = coalesce(:budget, bant_budget),"
                        + " bant_authority = coalesce(:authority, bant_authority),"
                        + " bant_need = coalesce(:need, bant_need),"
                        + " bant_timeline = coalesce(:timeline, bant_timeline), updated_at = :now where id = :id")
                .paramSource(profile(form)
                        .addValue("consent", consent)
                        .addValue("now", Timestamp.from(now))
                        .addValue("id", id.value()))
                .update();
    }

    /** Binds the profile fields that a capture inserts and a later submission merges. */
    private static MapSqlParameterSource profile(LeadForm form) {
        Bant bant = form.bant() == null ? new Bant(null, null, null, null) : form.bant();
        return new MapSqlParameterSource("firstName", form.firstName())
                .addValue("lastName", form.lastName())
                .addValue("company", form.company())
                .addValue("jobTitle", form.jobTitle())
                .addValue("companySize", form.companySize())
                .addValue("industry", form.industry())
                .addValue("country", form.normalisedCountry())
                .addValue("phone", form.phone())
                .addValue("campaign", form.campaign())
                .addValue("budget", bant.budget())
                .addValue("authority", bant.authority())
                .addValue("need", bant.need())
                .addValue("timeline", bant.timeline());
    }
}
