package io.leadflow.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LeadRepository {

    static final String COLUMNS = "id, email, first_name, last_name, company, job_title, company_size,"
            + " industry, country, phone, source, campaign, consent_marketing_email, bant_budget, bant_authority,"
            + " bant_need, bant_timeline, lifecycle_stage, buying_stage, fit_grade, fit_score, engagement_score,"
            + " qualification_reason, created_at, updated_at";

    private final JdbcClient jdbc;

    LeadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the lead; with double opt-in its consent stays pending until confirmed. */
    void insert(LeadId id, LeadForm form, LifecycleStage stage, Instant now, boolean doubleOptIn) {
        boolean consents = form.consent() != null && form.consent().allowsMarketingEmail();
        profile(
                        jdbc.sql("insert into lead (" + COLUMNS
                                + ", consent_pending) values (:id, :email, :firstName, :lastName,"
                                + " :company,"
                                + " :jobTitle, :companySize, :industry, :country, :phone, :source, :campaign, :consent,"
                                + " :budget, :authority, :need, :timeline, :stage, :buyingStage, null, null, 0, null,"
                                + " :now, :now, :pending)"),
                        form)
                .param("id", id.value())
                .param("email", form.normalisedEmail())
                .param("source", form.source())
                .param("consent", consents && !doubleOptIn)
                .param("pending", consents && doubleOptIn)
                .param("stage", stage.name())
                .param("buyingStage", BuyingStage.NO_NEED.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Fills in what the new submission adds; a blank field never wipes a known value. */
    void merge(LeadId id, LeadForm form, Instant now, boolean doubleOptIn) {
        Boolean consent = form.consent() == null ? null : form.consent().marketingEmail();
        if (doubleOptIn && Boolean.TRUE.equals(consent)) {
            consent = null; // granting needs the confirmation click; withdrawing works at once
        }
        profile(
                        jdbc.sql(
                                "update lead set first_name = coalesce(:firstName, first_name),"
                                        + " last_name = coalesce(:lastName, last_name), company = coalesce(:company, company),"
                                        + " job_title = coalesce(:jobTitle, job_title),"
                                        + " company_size = coalesce(:companySize, company_size),"
                                        + " industry = coalesce(:industry, industry), country = coalesce(:country, country),"
                                        + " phone = coalesce(:phone, phone), campaign = coalesce(:campaign, campaign),"
                                        + " consent_marketing_email = coalesce(:consent, consent_marketing_email),"
                                        + " bant_budget = coalesce(:budget, bant_budget),"
                                        + " bant_authority = coalesce(:authority, bant_authority),"
                                        + " bant_need = coalesce(:need, bant_need),"
                                        + " bant_timeline = coalesce(:timeline, bant_timeline), updated_at = :now where id = :id"),
                        form)
                .param("consent", consent)
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .update();
    }

    /** Binds the profile fields that a capture inserts and a later submission merges. */
    private static JdbcClient.StatementSpec profile(JdbcClient.StatementSpec sql, LeadForm form) {
        Bant bant = form.bant() == null ? new Bant(null, null, null, null) : form.bant();
        return sql.param("firstName", form.firstName())
                .param("lastName", form.lastName())
                .param("company", form.company())
                .param("jobTitle", form.jobTitle())
                .param("companySize", form.companySize())
                .param("industry", form.industry())
                .param("country", form.normalisedCountry())
                .param("phone", form.phone())
                .param("campaign", form.campaign())
                .param("budget", bant.budget())
                .param("authority", bant.authority())
                .param("need", bant.need())
                .param("timeline", bant.timeline());
    }

    Optional<Lead> findById(LeadId id) {
        return jdbc.sql("select " + COLUMNS + " from lead where id = ? and erased_at is null")
                .param(id.value())
                .query(LeadRepository::map)
                .optional();
    }

    Optional<LeadId> findIdByEmail(String normalisedEmail) {
        return jdbc.sql("select id from lead where email = ?")
                .param(normalisedEmail)
                .query((rs, n) -> new LeadId(rs.getString(1)))
                .optional();
    }

    boolean confirmConsent(LeadId id) {
        return jdbc.sql("update lead set consent_marketing_email = true, consent_pending = false,"
                                + " consent_confirmed_at = current_timestamp where id = ? and consent_pending = true")
                        .param(id.value())
                        .update()
                > 0;
    }

    int update(String assignments, LeadId id, Object... values) {
        Object[] params = java.util.Arrays.copyOf(values, values.length + 1);
        params[values.length] = id.value();
        return jdbc.sql("update lead set " + assignments + " where id = ?")
                .params(params)
                .update();
    }

    static Lead map(ResultSet rs, int row) throws SQLException {
        return new Lead(
                new LeadId(rs.getString("id")),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("company"),
                rs.getString("job_title"),
                (Integer) rs.getObject("company_size"),
                rs.getString("industry"),
                rs.getString("country"),
                rs.getString("phone"),
                rs.getString("source"),
                rs.getString("campaign"),
                new Consent(rs.getBoolean("consent_marketing_email")),
                new Bant(
                        bool(rs, "bant_budget"),
                        bool(rs, "bant_authority"),
                        bool(rs, "bant_need"),
                        bool(rs, "bant_timeline")),
                LifecycleStage.valueOf(rs.getString("lifecycle_stage")),
                BuyingStage.valueOf(rs.getString("buying_stage")),
                new Lead.Score(rs.getString("fit_grade"), (Integer) rs.getObject("fit_score"), (int)
                        Math.round(rs.getDouble("engagement_score"))),
                rs.getString("qualification_reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : (Boolean) value;
    }
}
