package io.leadflow.lead;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background on every node: a few threads claim chunks until none is left.
 * Polling picks up work after a restart or from another node; starting an import wakes it at once.
 */
@Component
class ImportWorker {

    private final ImportChunks chunks;
    private final ImportChunkProcessor processor;
    private final int threads;
    private final boolean enabled;
    private final ExecutorService pool;
    private final AtomicInteger active = new AtomicInteger();

    ImportWorker(
            ImportChunks chunks,
            ImportChunkProcessor processor,
            @Value("${leadflow.imports.worker-threads:2}") int threads,
            @Value("${leadflow.imports.worker-enabled:true}") boolean enabled) {
        this.chunks = chunks;
        this.processor = processor;
        this.threads = threads;
        this.enabled = enabled;
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "lead-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelayString = "${leadflow.imports.poll-interval:PT2S}")
    void poll() {
        wake();
    }

    void wake() {
        if (!enabled) {
            return;
        }
        while (true) {
            int running = active.get();
            if (running >= threads || !active.compareAndSet(running, running + 1)) {
                if (running >= threads) {
                    return;
                }
                continue;
            }
            pool.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (Optional<ImportChunks.Claim> claim = chunks.claimNext();
                    claim.isPresent();
                    claim = chunks.claimNext()) {
                processor.process(claim.get());
            }
        } finally {
            active.decrementAndGet();
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
