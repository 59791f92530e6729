package io.leadflow.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Dev hot deploy: polls the designers' source folder (default ./processes) and deploys it when a
 * model changed, so a file saved in Camunda Modeler runs within seconds, without a rebuild. Polling
 * rather than WatchService because it is recursive, survives editors that replace files, and is cheap.
 */
@Component
public class ProcessesWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessesWatcher.class);

    private final ProcessesDeployment deployment;
    private final ProcessesWatchSettings settings;
    private Map<Path, String> lastSeen = Map.of();
    private ScheduledExecutorService poller;

    ProcessesWatcher(ProcessesDeployment deployment, ProcessesWatchSettings settings) {
        this.deployment = deployment;
        this.settings = settings;
    }

    /** Deploys the folder if a model in it changed since the last look; returns null when nothing changed. */
    public synchronized DeploymentWithDefinitions poll(Path folder) {
        Map<Path, String> now = snapshot(folder);
        if (now.equals(lastSeen)) {
            return null;
        }
        // remembered before deploying: a broken model is reported once, not every interval
        lastSeen = now;
        try {
            return deployment.deploy(folder);
        } catch (RuntimeException e) {
            log.warn("Hot deploy of {} failed, fix the model and save again: {}", folder, e.getMessage());
            return null;
        }
    }

    @Override
    public synchronized void start() {
        Path folder = settings.watchDir().toAbsolutePath().normalize();
        if (!settings.watch() || !Files.isDirectory(folder)) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processes-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.watchInterval().toMillis();
        poller.scheduleWithFixedDelay(() -> poll(folder), 0, interval, TimeUnit.MILLISECONDS);
        log.info("Hot deploy: watching {} every {} ms", folder, interval);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    private static Map<Path, String> snapshot(Path folder) {
        Map<Path, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        for (Path file : ProcessesDeployment.modelFiles(folder)) {
            try {
                files.put(file, Files.getLastModifiedTime(file) + "/" + Files.size(file));
            } catch (IOException vanished) {
                // saved over right now: the next poll sees the new file
            }
        }
        return files;
    }
}
