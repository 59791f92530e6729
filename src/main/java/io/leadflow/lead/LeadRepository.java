package io.leadflow.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LeadRepository {

    private static final String COLUMNS = "id, email, first_name, last_name, company, job_title, company_size,"
            + " industry, country, phone, source, campaign, consent_marketing_email, bant_budget, bant_authority,"
            + " bant_need, bant_timeline, lifecycle_stage, buying_stage, fit_grade, fit_score, engagement_score,"
            + " qualification_reason, created_at, updated_at";

    private final JdbcClient jdbc;

    LeadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(LeadId id, LeadForm form, LifecycleStage stage, Instant now) {
        Bant bant = form.bant() == null ? new Bant(null, null, null, null) : form.bant();
        jdbc.sql("insert into lead (" + COLUMNS + ") values (:id, :email, :firstName, :lastName, :company,"
                        + " :jobTitle, :companySize, :industry, :country, :phone, :source, :campaign, :consent,"
                        + " :budget, :authority, :need, :timeline, :stage, :buyingStage, null, null, 0, null,"
                        + " :now, :now)")
                .param("id", id.value())
                .param("email", form.normalisedEmail())
                .param("firstName", form.firstName())
                .param("lastName", form.lastName())
                .param("company", form.company())
                .param("jobTitle", form.jobTitle())
                .param("companySize", form.companySize())
                .param("industry", form.industry())
                .param("country", form.normalisedCountry())
                .param("phone", form.phone())
                .param("source", form.source())
                .param("campaign", form.campaign())
                .param("consent", form.consent() != null && form.consent().allowsMarketingEmail())
                .param("budget", bant.budget())
                .param("authority", bant.authority())
                .param("need", bant.need())
                .param("timeline", bant.timeline())
                .param("stage", stage.name())
                .param("buyingStage", BuyingStage.NO_NEED.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Fills in what the new submission adds; a blank field never wipes a known value. */
    void merge(LeadId id, LeadForm form, Instant now) {
        Bant bant = form.bant() == null ? new Bant(null, null, null, null) : form.bant();
        Boolean consent = form.consent() == null ? null : form.consent().marketingEmail();
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
                .param("firstName", form.firstName())
                .param("lastName", form.lastName())
                .param("company", form.company())
                .param("jobTitle", form.jobTitle())
                .param("companySize", form.companySize())
                .param("industry", form.industry())
                .param("country", form.normalisedCountry())
                .param("phone", form.phone())
                .param("campaign", form.campaign())
                .param("consent", consent)
                .param("budget", bant.budget())
                .param("authority", bant.authority())
                .param("need", bant.need())
                .param("timeline", bant.timeline())
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .update();
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

    List<Lead> search(LifecycleStage stage, String q, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from lead" + where(stage, q)
                        + " order by created_at desc, id limit :limit offset :offset")
                .params(searchParams(stage, q))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(LeadRepository::map)
                .list();
    }

    long count(LifecycleStage stage, String q) {
        return jdbc.sql("select count(*) from lead" + where(stage, q))
                .params(searchParams(stage, q))
                .query(Long.class)
                .single();
    }

    private static String where(LifecycleStage stage, String q) {
        StringBuilder where = new StringBuilder(" where erased_at is null");
        if (stage != null) {
            where.append(" and lifecycle_stage = :stage");
        }
        if (q != null) {
            where.append(" and (email like :q or lower(company) like :q or lower(last_name) like :q)");
        }
        return where.toString();
    }

    private static java.util.Map<String, Object> searchParams(LifecycleStage stage, String q) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (stage != null) {
            params.put("stage", stage.name());
        }
        if (q != null) {
            params.put("q", "%" + q.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return params;
    }

    int update(String assignments, LeadId id, Object... values) {
        Object[] params = java.util.Arrays.copyOf(values, values.length + 1);
        params[values.length] = id.value();
        return jdbc.sql("update lead set " + assignments + " where id = ?")
                .params(params)
                .update();
    }

    List<LeadId> idsMatching(LifecycleStage stage, BuyingStage buyingStage, String campaign, int limit) {
        return jdbc.sql("select id from lead where erased_at is null"
                        + " and (:stage is null or lifecycle_stage = :stage)"
                        + " and (:buyingStage is null or buying_stage = :buyingStage)"
                        + " and (:campaign is null or campaign = :campaign) order by created_at, id limit :limit")
                .param("stage", stage == null ? null : stage.name(), java.sql.Types.VARCHAR)
                .param("buyingStage", buyingStage == null ? null : buyingStage.name(), java.sql.Types.VARCHAR)
                .param("campaign", campaign, java.sql.Types.VARCHAR)
                .param("limit", limit)
                .query((rs, n) -> new LeadId(rs.getString(1)))
                .list();
    }

    boolean changeBuyingStage(LeadId id, BuyingStage stage) {
        return jdbc.sql("update lead set buying_stage = ? where id = ? and buying_stage <> ?")
                        .params(stage.name(), id.value(), stage.name())
                        .update()
                > 0;
    }

    boolean lock(LeadId id) {
        return !jdbc.sql("select id from lead where id = ? for update")
                .param(id.value())
                .query(String.class)
                .list()
                .isEmpty();
    }

    double addEngagement(LeadId id, double points) {
        jdbc.sql("update lead set engagement_score = engagement_score + ? where id = ?")
                .params(points, id.value())
                .update();
        return jdbc.sql("select engagement_score from lead where id = ?")
                .param(id.value())
                .query(Double.class)
                .single();
    }

    boolean markEngagementQualified(LeadId id, boolean qualified) {
        boolean before = jdbc.sql("select engagement_qualified from lead where id = ?")
                .param(id.value())
                .query(Boolean.class)
                .single();
        jdbc.sql("update lead set engagement_qualified = ? where id = ?")
                .params(qualified, id.value())
                .update();
        return before;
    }

    String fitReasons(LeadId id) {
        return jdbc.sql("select fit_reasons from lead where id = ?")
                .param(id.value())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static Lead map(ResultSet rs, int row) throws SQLException {
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
