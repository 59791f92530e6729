package io.leadflow.reporting;

/** Quantiles of the Poisson distribution: the range around an expected count of independent events. */
final class Poisson {

    private static final double Z90 = 1.2815515655446004;

    private Poisson() {}

    /** The smallest k with P(X ≤ k) ≥ q; a normal approximation above λ = 500 (pmf underflows there). */
    static long quantile(double lambda, double q) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 500) {
            double z = q >= 0.5 ? Z90 : -Z90;
            return Math.max(0, Math.round(lambda + z * Math.sqrt(lambda)));
        }
        double pmf = Math.exp(-lambda);
        double cdf = pmf;
        long k = 0;
        while (cdf < q) {
            k++;
            pmf *= lambda / k;
            cdf += pmf;
        }
        return k;
    }

    static LeadFlowReport.Estimate estimate(double expected) {
        double rounded = Math.round(expected * 10) / 10.0;
        return new LeadFlowReport.Estimate(rounded, quantile(expected, 0.1), quantile(expected, 0.9));
    }
}
