package io.leadflow.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
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
