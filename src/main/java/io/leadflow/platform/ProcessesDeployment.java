package io.leadflow.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the designers' folder processes/ (BPMN, DMN, forms) under stable names such as
 * {@code processes/nurture/awareness.bpmn}, whether the app runs from the jar or from
 * target/classes. Only changed files become new versions, so a restart never re-versions.
 */
@Component
public class ProcessesDeployment implements SmartInitializingSingleton {

    public static final String DEPLOYMENT_NAME = "leadflow-processes";
    private static final Logger log = LoggerFactory.getLogger(ProcessesDeployment.class);
    private static final List<String> PATTERNS = List.of(
            "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:processes/**/*.form");

    private final RepositoryService repository;

    ProcessesDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void afterSingletonsInstantiated() {
        deploy();
    }

    /** Deploys what changed; returns the new definitions (none when nothing changed). */
    public DeploymentWithDefinitions deploy() {
        DeploymentBuilder builder = repository
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes/")
                .enableDuplicateFiltering(true);
        for (Resource resource : resources()) {
            builder.addInputStream(stableName(resource), read(resource));
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        log.info(
                "Deployed processes/: {} new process versions, {} new decision versions",
                size(deployment.getDeployedProcessDefinitions()),
                size(deployment.getDeployedDecisionDefinitions()));
        return deployment;
    }

    private static int size(List<?> definitions) {
        return definitions == null ? 0 : definitions.size();
    }

    private static List<Resource> resources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        return PATTERNS.stream()
                .flatMap(pattern -> {
                    try {
                        return Arrays.stream(resolver.getResources(pattern));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .sorted(Comparator.comparing(ProcessesDeployment::stableName))
                .toList();
    }

    static String stableName(Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("processes/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream read(Resource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
