package io.leadflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * One operation measured in alternating rounds, bare, Leadflow, bare, …, Leadflow, bare: the engine's
 * rate drifts by a quarter within minutes on this machine, so one ratio from one pair could land on
 * either side of a target. Each Leadflow round is set against the mean of the two bare rounds around
 * it, and the spread of those ratios is reported next to the ratio of the totals.
 */
record Rounds(List<Integer> sizes, List<Double> leadflow, List<Double> bare) {

    static final int COUNT = 5;

    /** n items of each side in COUNT Leadflow rounds (the last takes the remainder); rates per second. */
    static Rounds alternate(int n, IntToDoubleFunction bareRound, IntToDoubleFunction leadflowRound) {
        List<Integer> sizes = IntStream.range(0, COUNT)
                .mapToObj(i -> i < COUNT - 1 ? n / COUNT : n - (COUNT - 1) * (n / COUNT))
                .toList();
        List<Double> bare = new ArrayList<>(List.of(bareRound.applyAsDouble(sizes.get(0))));
        List<Double> leadflow = new ArrayList<>();
        for (int size : sizes) {
            leadflow.add(leadflowRound.applyAsDouble(size));
            bare.add(bareRound.applyAsDouble(size));
        }
        return new Rounds(sizes, leadflow, bare);
    }

    /** Leadflow items per second over all rounds: all items over the time of all rounds. */
    double leadflowPerSecond() {
        return overall(sizes, leadflow);
    }

    /** The bare side's items per second over all its rounds, the first counted at the size of the first. */
    double barePerSecond() {
        List<Integer> bareSizes = new ArrayList<>(List.of(sizes.get(0)));
        bareSizes.addAll(sizes);
        return overall(bareSizes, bare);
    }

    /** Each Leadflow round's rate over the mean of the bare rounds before and after it. */
    List<Double> ratios() {
        return IntStream.range(0, leadflow.size())
                .mapToObj(i -> leadflow.get(i) / ((bare.get(i) + bare.get(i + 1)) / 2))
                .toList();
    }

    private static double overall(List<Integer> sizes, List<Double> rates) {
        double items = 0;
        double seconds = 0;
        for (int i = 0; i < sizes.size(); i++) {
            items += sizes.get(i);
            seconds += sizes.get(i) / rates.get(i);
        }
        return items / seconds;
    }
}
