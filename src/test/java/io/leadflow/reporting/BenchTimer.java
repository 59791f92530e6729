package io.leadflow.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Wall time, CPU time and allocation of calls, for LeadFlowBenchmark. */
final class BenchTimer {

    private BenchTimer() {}

    static List<Long> time(Supplier<?> call) {
        call.get(); // warm-up
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            millis.add(millis(call));
        }
        return millis;
    }

    static long millis(Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** CPU time of this thread (for H2, which runs in it, the query work, whatever else loads the machine). */
    static List<Long> cpu(Supplier<?> call) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long start = threads.getCurrentThreadCpuTime();
            call.get();
            millis.add((threads.getCurrentThreadCpuTime() - start) / 1_000_000);
        }
        return millis;
    }

    /** Bytes this thread allocated during one call (H2 runs in this thread, so its work counts too). */
    static long[] allocated(Supplier<?> call) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        call.get();
        return new long[] {threads.getCurrentThreadAllocatedBytes() - before};
    }
}
