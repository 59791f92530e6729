package io.leadflow.designer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which instances each migration moved from which version, so that it can be reverted later. */
@Repository
class MigrationRecords {

    /** A stored migration with the moved instance ids per source definition. */
    record Migration(
            String id, String processKey, String targetDefinitionId, Map<String, List<String>> instancesBySource) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    MigrationRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create(String id, String processKey, String targetDefinitionId, Integer canaryPercent) {
        jdbc.sql("insert into process_migration (id, process_key, target_definition_id, canary_percent, created_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(id, processKey, targetDefinitionId, canaryPercent, LocalDateTime.now(clock))
                .update();
    }

    void addInstances(String id, String sourceDefinitionId, List<String> instanceIds) {
        for (String instanceId : instanceIds) {
            jdbc.sql("insert into process_migration_instance (migration_id, process_instance_id, source_definition_id)"
                            + " values (?, ?, ?)")
                    .params(id, instanceId, sourceDefinitionId)
                    .update();
        }
    }

    Optional<Migration> find(String id) {
        return jdbc.sql("select process_key, target_definition_id from process_migration where id = ?")
                .param(id)
                .query((rs, row) -> new Migration(id, rs.getString(1), rs.getString(2), instances(id)))
                .optional();
    }

    /** Marks it reverted; false when it already was (two reverts never run twice). */
    boolean markReverted(String id) {
        return jdbc.sql("update process_migration set reverted_at = ? where id = ? and reverted_at is null")
                        .params(LocalDateTime.now(clock), id)
                        .update()
                == 1;
    }

    private Map<String, List<String>> instances(String id) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        jdbc.sql("select source_definition_id, process_instance_id from process_migration_instance"
                        + " where migration_id = ? order by process_instance_id")
                .param(id)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(entry -> bySource.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                        .add(entry.getValue()));
        return bySource;
    }
}
