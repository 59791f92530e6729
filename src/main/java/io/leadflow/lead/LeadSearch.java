package io.leadflow.lead;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scans over all live leads for bulk jobs (rescoring); the lead list filters in LeadFilterQuery. */
@Repository
class LeadSearch {

    private static final String COLUMNS = LeadRepository.COLUMNS;
    private final JdbcClient jdbc;

    LeadSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
