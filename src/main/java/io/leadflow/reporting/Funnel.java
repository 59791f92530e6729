package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The funnel order of lifecycle stages and the SQL fragments that depend on it. */
final class Funnel {

    /** Stages in funnel order; DISQUALIFIED is a side exit and has no place in it. */
    static final List<LifecycleStage> ORDER = Arrays.stream(LifecycleStage.values())
            .filter(stage -> stage != LifecycleStage.DISQUALIFIED)
            .toList();

    /** The stages the forecast answers for. */
    static final List<LifecycleStage> FORECAST =
            List.of(LifecycleStage.MQL, LifecycleStage.SAL, LifecycleStage.SQL, LifecycleStage.CUSTOMER);

    private Funnel() {}

    static int rank(LifecycleStage stage) {
        return ORDER.indexOf(stage);
    }

    /** Stages from {@code stage} down to CUSTOMER, as an SQL IN list of literals. */
    static String atOrBeyond(LifecycleStage stage) {
        return inList(ORDER.subList(rank(stage), ORDER.size()));
    }

    /** Stages above LEAD: a move from one of them back to LEAD is a recycle. */
    static String aboveLead() {
        return atOrBeyond(LifecycleStage.MQL);
    }

    private static String inList(List<LifecycleStage> stages) {
        // enum names only, never user input
        return stages.stream().map(stage -> "'" + stage.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    static boolean isTerminal(LifecycleStage stage) {
        return stage == LifecycleStage.CUSTOMER || stage == LifecycleStage.DISQUALIFIED;
    }
}
