package io.leadflow.reporting;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The secondary indexes of lead and lead_stage_history (V1, V7_1, V60, V62), dropped for a bulk load. */
final class BenchIndexes {

    static final List<String> INDEXES = List.of(
            "ix_lead_stage on lead (lifecycle_stage, created_at)",
            "ix_lead_created on lead (created_at)",
            "ix_lead_erased_stage on lead (erased_at, lifecycle_stage, buying_stage)",
            "ix_stage_history_lead on lead_stage_history (lead_id, entered_at)",
            "ix_stage_history_left on lead_stage_history (left_at, stage, entered_at)",
            "ix_stage_history_flow on lead_stage_history"
                    + " (entered_at, stage, prev_entered_at, advanced_at, left_at, to_stage, from_stage)",
            "ix_stage_history_cohort on lead_stage_history (stage, entered_at, prev_entered_at, reached_mql_at,"
                    + " reached_sal_at, reached_sql_at, reached_opportunity_at, reached_customer_at)",
            "ix_stage_history_recycle_reason on lead_stage_history (stage, from_stage, entered_at, reason)");

    private BenchIndexes() {}

    static void dropAll(JdbcTemplate jdbc) {
        for (String index : INDEXES) {
            jdbc.execute("drop index " + index.substring(0, index.indexOf(' ')));
        }
    }

    static void createAll(JdbcTemplate jdbc) {
        for (String index : INDEXES) {
            jdbc.execute("create index " + index);
        }
    }
}
