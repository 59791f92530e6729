package io.leadflow.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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
 * {@code processes/nurture/awareness.bpmn}, whether the app runs from the jar, from target/classes
 * or from the source folder itself (hot deploy). Only changed files become new versions.
 */
@Component
public class ProcessesDeployment implements SmartInitializingSingleton {

    public static final String DEPLOYMENT_NAME = "leadflow-processes";
    private static final Logger log = LoggerFactory.getLogger(ProcessesDeployment.class);
    private static final List<String> EXTENSIONS = List.of(".bpmn", ".dmn", ".form");
    private static final List<String> PATTERNS =
            EXTENSIONS.stream().map(ext -> "classpath*:processes/**/*" + ext).toList();

    private final RepositoryService repository;

    ProcessesDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void afterSingletonsInstantiated() {
        deploy();
    }

    /** Deploys what changed on the classpath; returns the new definitions (none when nothing changed). */
    public DeploymentWithDefinitions deploy() {
        Map<String, byte[]> files = new TreeMap<>();
        for (Resource resource : resources()) {
            files.put(stableName(resource), read(resource));
        }
        return deploy(files);
    }

    /**
     * Deploys what changed in a folder laid out like processes/ (the designers' working copy), so a
     * saved file becomes a new version without a rebuild. Names stay {@code processes/<relative path>}.
     */
    public DeploymentWithDefinitions deploy(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path file : modelFiles(folder)) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            files.put("processes/" + relative, read(file));
        }
        return deploy(files);
    }

    /** The BPMN, DMN and form files under a folder, skipping hidden folders such as .camunda. */
    public static List<Path> modelFiles(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> EXTENSIONS.stream()
                            .anyMatch(ext -> path.getFileName().toString().endsWith(ext)))
                    .filter(path -> !folder.relativize(path).toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DeploymentWithDefinitions deploy(Map<String, byte[]> files) {
        // deploy-changed-only: unchanged files stay on their version, a changed one gets a new version
        DeploymentBuilder builder = repository
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes/")
                .enableDuplicateFiltering(true);
        files.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
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

    private static byte[] read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
