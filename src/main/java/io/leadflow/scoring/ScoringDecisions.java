package io.leadflow.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * kept on the lead. A newly deployed version is picked up within {@link #REFRESH}.
 */
@Component
class ScoringDecisions {

    static final Duration REFRESH = Duration.ofSeconds(5);

    private record Cached(DmnDecision decision, Instant checkedAt) {}

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
        return dmn.evaluateDecision(decision(key), inputs);
    }

    /** Makes the next evaluation read the latest deployed versions (a rescore right after a deploy). */
    void refresh() {
        latest.clear();
    }

    private DmnDecision decision(String key) {
        Instant now = clock.instant();
        Cached cached = latest.get(key);
        if (cached == null || cached.checkedAt().plus(REFRESH).isBefore(now)) {
            cached = new Cached(load(key), now);
            latest.put(key, cached);
        }
        return cached.decision();
    }

    private DmnDecision load(String key) {
        DecisionDefinition definition = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(key)
                .latestVersion()
                .singleResult();
        if (definition == null) {
            throw new IllegalStateException("No decision " + key + " is deployed");
        }
        try (InputStream model = repository.getDecisionModel(definition.getId())) {
            return dmn.parseDecision(key, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
