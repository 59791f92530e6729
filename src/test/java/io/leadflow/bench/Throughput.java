package io.leadflow.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** Times work: n items on a few client threads, or until a condition holds; answers items per second. */
final class Throughput {

    static final int CLIENT_THREADS = 4;
    /** How often until() asks whether the work is done: the same for both sides, rare enough to cost little. */
    static final long POLL_MILLIS = 100;

    private Throughput() {}

    /** Runs work(0..n-1) on CLIENT_THREADS threads, each taking the next index, and returns items/s. */
    static double parallel(int n, IntConsumer work) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = java.util.stream.IntStream.range(0, CLIENT_THREADS)
                    .<Future<?>>mapToObj(t -> pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                            work.accept(i);
                        }
                    }))
                    .toList();
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("benchmark work failed", e);
        } finally {
            pool.shutdownNow();
        }
        return perSecond(n, System.nanoTime() - start);
    }

    /** Starts something (a job executor) and returns n / the time until done() holds. */
    static double until(int n, Runnable start, BooleanSupplier done, Duration timeout) {
        long begin = System.nanoTime();
        start.run();
        long deadline = begin + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within " + timeout);
            }
            sleep(POLL_MILLIS);
        }
        return perSecond(n, System.nanoTime() - begin);
    }

    /**
     * Waits (at most a minute, answers how long) until the JIT has compiled nothing for a second: on 2 cores its compiler
     * threads take a core from whatever is measured while the warm-up's hot methods are still queued
     * (a profile showed 7 s of top-tier compiles in the first 9 s after a 2,000-item warm-up).
     */
    static Duration awaitCompilerIdle() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long begin = System.nanoTime();
        long before;
        do {
            before = jit.getTotalCompilationTime();
            sleep(1000);
        } while (jit.getTotalCompilationTime() != before && System.nanoTime() - begin < 60_000_000_000L);
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double perSecond(int n, long nanos) {
        return n / (nanos / 1e9);
    }
}
