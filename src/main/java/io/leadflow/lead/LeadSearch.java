package io.leadflow.lead;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds leads for lists, search and bulk actions. */
@Repository
class LeadSearch {

    private static final String COLUMNS = LeadRepository.COLUMNS;
    private final JdbcClient jdbc;

    LeadSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Keyset pagination over all live leads, for bulk jobs that must not skip or repeat a lead. */
    List<Lead> batchAfter(String afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from lead where erased_at is null and id > ? order by id limit ?")
                .params(afterId, limit)
                .query(LeadRepository::map)
                .list();
    }

    long countLive() {
        return jdbc.sql("select count(*) from lead where erased_at is null")
                .query(Long.class)
                .single();
    }
}
