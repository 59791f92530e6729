package io.leadflow.designer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Moves running instances of older versions onto a process's latest version, optionally a canary
 * share first, and back again. Instances waiting at an activity the new version lacks stay where
 * they are. Mapped timers keep their due dates (the engine migrates the job, it does not recreate it).
 */
@Component
class ProcessMigrations {

    private final MigrationPlanner planner;
    private final RuntimeService runtime;
    private final MigrationRecords records;

    ProcessMigrations(MigrationPlanner planner, RuntimeService runtime, MigrationRecords records) {
        this.planner = planner;
        this.runtime = runtime;
        this.records = records;
    }

    MigrationPreview preview(String key) {
        ProcessDefinition target = planner.latest(key);
        List<SourceVersion> sources = planner.olderVersionsInUse(target).stream()
                .map(source -> planner.plan(source, target))
                .toList();
        return new MigrationPreview(key, target.getId(), target.getVersion(), sources);
    }

    @Transactional
    public MigrationResult migrate(String key, Integer canaryPercent) {
        ProcessDefinition target = planner.latest(key);
        String id = UUID.randomUUID().toString();
        records.create(id, key, target.getId(), canaryPercent);
        Map<String, Long> migratedAt = new TreeMap<>();
        Map<String, Long> skippedAt = new TreeMap<>();
        long migrated = 0;
        for (ProcessDefinition source : planner.olderVersionsInUse(target)) {
            SourceVersion plan = planner.plan(source, target);
            List<String> chosen = canary(planner.movable(source.getId(), plan.unmapped()), canaryPercent);
            plan.waitingAt().forEach((activity, waiting) -> {
                long moving = planner.countAt(chosen, activity);
                migratedAt.merge(activity, moving, Long::sum);
                skippedAt.merge(activity, waiting - moving, Long::sum);
            });
            if (!chosen.isEmpty()) {
                runtime.newMigration(planner.build(source, target))
                        .processInstanceIds(chosen)
                        .execute();
                records.addInstances(id, source.getId(), chosen);
                migrated += chosen.size();
            }
        }
        migratedAt.values().removeIf(count -> count == 0);
        skippedAt.values().removeIf(count -> count == 0);
        return new MigrationResult(id, key, target.getId(), canaryPercent, migrated, migratedAt, skippedAt);
    }

    @Transactional
    public RevertResult revert(String key, String id) {
        MigrationRecords.Migration migration = records.find(id)
                .filter(found -> found.processKey().equals(key))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No migration " + id));
        if (!records.markReverted(id)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Migration " + id + " was already reverted");
        }
        ProcessDefinition target = planner.definition(migration.targetDefinitionId());
        long reverted = 0;
        long total = 0;
        for (Map.Entry<String, List<String>> group :
                migration.instancesBySource().entrySet()) {
            ProcessDefinition source = planner.definition(group.getKey());
            SourceVersion back = planner.plan(target, source);
            List<String> movable = new ArrayList<>(planner.movable(target.getId(), back.unmapped()));
            movable.retainAll(group.getValue());
            total += group.getValue().size();
            if (!movable.isEmpty() && back.problems().isEmpty()) {
                runtime.newMigration(planner.build(target, source))
                        .processInstanceIds(movable)
                        .execute();
                reverted += movable.size();
            }
        }
        return new RevertResult(id, reverted, total - reverted);
    }

    /** The first share of the (sorted) ids; at least one when a share is asked for and any can move. */
    static List<String> canary(List<String> ids, Integer percent) {
        if (percent == null || percent >= 100) {
            return ids;
        }
        int size = (int) Math.ceil(ids.size() * percent / 100.0);
        return ids.subList(0, Math.min(ids.size(), Math.max(size, ids.isEmpty() ? 0 : 1)));
    }
}
