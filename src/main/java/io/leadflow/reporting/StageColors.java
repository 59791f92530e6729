package io.leadflow.reporting;

import java.util.Map;

/** The stage colours of the charts, the same as the stylesheet's --s-* variables. */
final class StageColors {

    private static final Map<String, String> COLORS = Map.of(
            "SUBSCRIBER", "#9aa5b1",
            "LEAD", "#5b8def",
            "MQL", "#7b61ff",
            "SAL", "#e59b1a",
            "SQL", "#e5671a",
            "OPPORTUNITY", "#d6457a",
            "CUSTOMER", "#1f8a4c",
            "DISQUALIFIED", "#8a4b4b");

    private StageColors() {}

    static String of(String stage) {
        return COLORS.getOrDefault(stage, "#2457c5");
    }
}
