package io.leadflow.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest version of a scoring table with the engine's DMN engine, but without a
 * decision-history record per evaluation: scoring runs per event, and the reasons that matter are
 * kept on the lead. A newly deployed version is picked up within {@link #REFRESH}; a version is
 * parsed once. Tables with few distinct inputs (event points, MQL rule, buying stage) may keep
 * their results per version: a table is a pure function of its inputs.
 */
@Component
class ScoringDecisions {

    static final Duration REFRESH = Duration.ofSeconds(5);
    /** Distinct inputs remembered per table version; beyond that the memory starts afresh. */
    static final int MAX_REMEMBERED = 10_000;

    private record Version(
            String definitionId, DmnDecision decision, Map<Map<String, Object>, DmnDecisionResult> results) {}

    private record Cached(Version version, Instant checkedAt) {}

    private final DmnEngine dmn;
    private final RepositoryService repository;
    private final Clock clock;
    private final Map<String, Cached> latest = new ConcurrentHashMap<>();

    ScoringDecisions(RepositoryService repository, Clock clock) {
        // a DMN engine of its own: the process engine's one records decision history on every call
        this.dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        this.repository = repository;
        this.clock = clock;
    }

    DmnDecisionResult evaluate(String key, Map<String, Object> inputs) {
        return dmn.evaluateDecision(version(key).decision(), inputs);
    }

    /** Like evaluate, remembering the result per table version and inputs (use for small input domains). */
    DmnDecisionResult evaluateRemembered(String key, Map<String, Object> inputs) {
        Version version = version(key);
        Map<Map<String, Object>, DmnDecisionResult> results = version.results();
        DmnDecisionResult result = results.get(inputs);
        if (result == null) {
            result = dmn.evaluateDecision(version.decision(), inputs);
            if (results.size() >= MAX_REMEMBERED) {
                results.clear();
            }
            results.put(new HashMap<>(inputs), result);
        }
        return result;
    }

    /** Makes the next evaluation read the latest deployed versions (a rescore right after a deploy). */
    void refresh() {
        latest.replaceAll((key, cached) -> new Cached(cached.version(), Instant.MIN));
    }

    private Version version(String key) {
        Instant now = clock.instant();
        Cached cached = latest.get(key);
        if (cached == null || cached.checkedAt().plus(REFRESH).isBefore(now)) {
            cached = new Cached(load(key, cached == null ? null : cached.version()), now);
            latest.put(key, cached);
        }
        return cached.version();
    }

    /** The latest version; the one already parsed when it is still the latest. */
    private Version load(String key, Version known) {
        DecisionDefinition definition = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(key)
                .latestVersion()
                .singleResult();
        if (definition == null) {
            throw new IllegalStateException("No decision " + key + " is deployed");
        }
        if (known != null && known.definitionId().equals(definition.getId())) {
            return known;
        }
        try (InputStream model = repository.getDecisionModel(definition.getId())) {
            return new Version(definition.getId(), dmn.parseDecision(key, model), new ConcurrentHashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
