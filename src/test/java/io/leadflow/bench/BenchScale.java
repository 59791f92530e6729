package io.leadflow.bench;

/**
 * How big a run is. Default: n = 250 items per operation, events over the captured leads.
 * -Dbench.scale=issue: the issues' sizes, n = 10,000 (captures, sends, SAL, bare operations) and
 * 1,000,000 events over 100,000 leads (the leads beyond the captured ones seeded by batch JDBC).
 * Each figure can be set alone: -Dbench.n, -Dbench.events, -Dbench.eventLeads, -Dbench.warmUp.
 * The warm-up runs every operation of both sides that many times before anything is measured: n,
 * but at least 2,000 (a quick run still gets the hot loops compiled) and at most 10,000 (by then the
 * JIT's top tier has compiled what runs once per item, which takes ~10,000 calls).
 */
record BenchScale(int n, int events, int eventLeads, int warmUp) {

    static BenchScale fromSystemProperties() {
        boolean issue = "issue".equals(System.getProperty("bench.scale"));
        int n = Integer.getInteger("bench.n", issue ? 10_000 : 250);
        int events = Integer.getInteger("bench.events", issue ? 1_000_000 : Math.max(1000, n * 10));
        int eventLeads = Integer.getInteger("bench.eventLeads", issue ? 100_000 : n);
        int warmUp = Integer.getInteger("bench.warmUp", Math.min(10_000, Math.max(2_000, n)));
        return new BenchScale(n, events, Math.max(eventLeads, n), warmUp);
    }
}
