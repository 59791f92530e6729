package io.leadflow.lead;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leads matching a {@link LeadFilter}: a page for lists, a count, ids for bulk actions. */
@Repository
class LeadFilterQuery {

    private final JdbcClient jdbc;

    LeadFilterQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Lead> page(LeadFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + LeadRepository.COLUMNS + " from lead" + where(filter, params)
                        + " order by created_at desc, id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(LeadRepository::map)
                .list();
    }

    long count(LeadFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from lead" + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Oldest first, so a bulk action works through the selection in a stable order. */
    List<LeadId> ids(LeadFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select id from lead" + where(filter, params) + " order by created_at, id limit :limit")
                .params(params)
                .param("limit", limit)
                .query((rs, n) -> new LeadId(rs.getString(1)))
                .list();
    }

    private static String where(LeadFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where erased_at is null");
        add(
                where,
                params,
                "lifecycle_stage = :stage",
                "stage",
                filter.stage() == null ? null : filter.stage().name());
        add(
                where,
                params,
                "buying_stage = :buyingStage",
                "buyingStage",
                filter.buyingStage() == null ? null : filter.buyingStage().name());
        add(
                where,
                params,
                "fit_grade = :grade",
                "grade",
                filter.grade() == null ? null : filter.grade().toUpperCase(Locale.ROOT));
        add(where, params, "engagement_score >= :minScore", "minScore", filter.minScore());
        add(where, params, "engagement_score <= :maxScore", "maxScore", filter.maxScore());
        add(where, params, "campaign = :campaign", "campaign", filter.campaign());
        add(where, params, "source = :source", "source", filter.source());
        add(
                where,
                params,
                "id in (select lead_id from lead_import_row where import_id = :importId)",
                "importId",
                filter.importId());
        add(
                where,
                params,
                "(email like :q or lower(company) like :q or lower(last_name) like :q)",
                "q",
                filter.q() == null ? null : "%" + filter.q().toLowerCase(Locale.ROOT) + "%");
        return where.toString();
    }

    private static void add(
            StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
    }
}
