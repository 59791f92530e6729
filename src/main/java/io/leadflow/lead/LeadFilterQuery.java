package io.leadflow.lead;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lead list with a {@link LeadFilter}: one page, the total, or the matching ids for bulk actions. */
@Repository
class LeadFilterQuery {

    private final JdbcClient jdbc;

    LeadFilterQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LeadPage page(LeadFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        List<Lead> items = jdbc.sql("select " + LeadRepository.COLUMNS + " from lead" + where
                        + " order by created_at desc, id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(LeadRepository::map)
                .list();
        long total = jdbc.sql("select count(*) from lead" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new LeadPage(items, page, size, total);
    }

    List<LeadId> ids(LeadFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select id from lead" + where(filter, params) + " order by created_at, id limit :limit")
                .params(params)
                .param("limit", limit)
                .query((rs, n) -> new LeadId(rs.getString(1)))
                .list();
    }

    /** Only fixed column names are concatenated; every value is a bind parameter. */
    private static String where(LeadFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where erased_at is null");
        condition(
                where,
                params,
                "lifecycle_stage = :stage",
                "stage",
                filter.stage() == null ? null : filter.stage().name());
        condition(
                where,
                params,
                "buying_stage = :buying",
                "buying",
                filter.buyingStage() == null ? null : filter.buyingStage().name());
        condition(where, params, "fit_grade = :grade", "grade", filter.fitGrade());
        condition(where, params, "engagement_score >= :minScore", "minScore", filter.minScore());
        condition(where, params, "engagement_score <= :maxScore", "maxScore", filter.maxScore());
        condition(where, params, "campaign = :campaign", "campaign", filter.campaign());
        condition(where, params, "source = :source", "source", filter.source());
        condition(
                where,
                params,
                "id in (select lead_id from lead_import_row where import_id = :importId)",
                "importId",
                filter.importId());
        condition(
                where,
                params,
                "(email like :q or lower(company) like :q or lower(last_name) like :q"
                        + " or lower(first_name) like :q)",
                "q",
                filter.text() == null ? null : "%" + filter.text().toLowerCase(Locale.ROOT) + "%");
        return where.toString();
    }

    private static void condition(
            StringBuilder where, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.put(name, value);
        }
    }
}
