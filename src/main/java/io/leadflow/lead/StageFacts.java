package io.leadflow.lead;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * The derived columns of lead_stage_history that let reports count conversion and time in stage with
 * one range scan instead of pairing each lead's rows at query time: {@code to_stage} (where the stay
 * went), {@code prev_entered_at} (the lead's previous entry into the same stage) and
 * {@code reached_<stage>_at} (the first later entry at or beyond that funnel stage; advanced_at for the
 * next one). Written in the stage change's own transaction; V61 and V62 compute the same for rows
 * written before.
 */
@Component
class StageFacts {

    static final String BACKFILL = "db/migration/V61__stage_history_facts_backfill.sql";

    /** Funnel order; DISQUALIFIED is a side exit and is never "beyond" anything. */
    static final List<LifecycleStage> FUNNEL = Arrays.stream(LifecycleStage.values())
            .filter(stage -> stage != LifecycleStage.DISQUALIFIED)
            .toList();

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    StageFacts(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    static String reachedColumn(LifecycleStage stage) {
        return "reached_" + stage.name().toLowerCase(Locale.ROOT) + "_at";
    }

    void closeOpenStay(LeadId leadId, LifecycleStage next, Timestamp now) {
        jdbc.sql("update lead_stage_history set left_at = ?, to_stage = ? where lead_id = ? and left_at is null")
                .params(now, next.name(), leadId.value())
                .update();
    }

    void insertEntry(LeadId leadId, LifecycleStage stage, LifecycleStage from, String reason, Timestamp now) {
        // an aggregate without group by always yields one row: the entry, with the previous one's time
        jdbc.sql("insert into lead_stage_history (lead_id, stage, from_stage, reason, entered_at, prev_entered_at)"
                        + " select ?, ?, ?, ?, ?, max(entered_at) from lead_stage_history"
                        + " where lead_id = ? and stage = ?")
                .params(
                        leadId.value(),
                        stage.name(),
                        from == null ? null : from.name(),
                        reason,
                        now,
                        leadId.value(),
                        stage.name())
                .update();
    }

    /** Earlier stays of the lead below {@code stage} in the funnel have now reached it (first time only). */
    void markReached(LeadId leadId, LifecycleStage stage, Timestamp now) {
        int rank = FUNNEL.indexOf(stage);
        if (rank <= 0) {
            return;
        }
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        // advanced_at: the next funnel stage or later, i.e. any stage ranked above the row's own
        sets.add(firstTime("advanced_at", rank));
        params.add(now);
        for (int target = 1; target <= rank; target++) {
            sets.add(firstTime(reachedColumn(FUNNEL.get(target)), target));
            params.add(now);
        }
        params.add(leadId.value());
        params.add(now);
        jdbc.sql("update lead_stage_history set " + String.join(", ", sets) + " where lead_id = ? and entered_at < ?")
                .params(params)
                .update();
    }

    private static String firstTime(String column, int rank) {
        return column + " = case when " + column + " is null and stage in " + below(rank) + " then ? else " + column
                + " end";
    }

    /** Recomputes every derived column from the rows themselves (after raw inserts or imports). */
    void rebuild() {
        new ResourceDatabasePopulator(new ClassPathResource(BACKFILL)).execute(dataSource);
        StringBuilder advanced = new StringBuilder("update lead_stage_history set advanced_at = case stage");
        for (int rank = 0; rank + 1 < FUNNEL.size(); rank++) {
            advanced.append(" when '%s' then %s".formatted(FUNNEL.get(rank), reachedColumn(FUNNEL.get(rank + 1))));
        }
        jdbc.sql(advanced.append(" end").toString()).update();
    }

    private static String below(int rank) {
        // enum names only, never user input
        return FUNNEL.subList(0, rank).stream()
                .map(stage -> "'" + stage.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
