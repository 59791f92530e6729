package io.leadflow.reporting;

import io.leadflow.lead.LifecycleStage;
import io.leadflow.reporting.HistoryFixture.Stay;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The derived history columns (V60) for fixture rows written straight into the table, as LeadStages
 * would have kept them: computed per lead from its rows in time order. StageFactsTests checks that
 * this, LeadStages and the V61 backfill agree.
 */
final class StayFacts {

    private StayFacts() {}

    /** Insert parameters: the stay's columns, to_stage, prev_entered_at and reached_lead_at..customer_at, advanced_at. */
    static List<Object[]> rows(List<Stay> stays) {
        Map<String, List<Stay>> byLead = new LinkedHashMap<>();
        for (Stay stay : stays) {
            byLead.computeIfAbsent(stay.leadId(), id -> new ArrayList<>()).add(stay);
        }
        List<Object[]> rows = new ArrayList<>();
        for (List<Stay> lead : byLead.values()) {
            lead.sort(Comparator.comparing(Stay::enteredAt));
            for (int i = 0; i < lead.size(); i++) {
                rows.add(row(lead, i));
            }
        }
        return rows;
    }

    private static Object[] row(List<Stay> lead, int i) {
        Stay stay = lead.get(i);
        Object[] row = new Object[15];
        row[0] = stay.leadId();
        row[1] = stay.stage();
        row[2] = stay.fromStage();
        row[3] = stay.reason();
        row[4] = timestamp(stay.enteredAt());
        row[5] = timestamp(stay.leftAt());
        row[6] = stay.leftAt() != null && i + 1 < lead.size() ? lead.get(i + 1).stage() : null;
        Instant previous = null;
        for (int j = 0; j < i; j++) {
            boolean same = lead.get(j).stage().equals(stay.stage());
            previous = same && lead.get(j).enteredAt().isBefore(stay.enteredAt())
                    ? lead.get(j).enteredAt()
                    : previous;
        }
        row[7] = timestamp(previous);
        int rank = Funnel.rank(LifecycleStage.valueOf(stay.stage()));
        for (int target = 1; target < Funnel.ORDER.size(); target++) {
            row[7 + target] = rank < 0 || target <= rank ? null : timestamp(firstAtOrBeyond(lead, i, target));
        }
        row[14] = rank < 0 || rank + 1 >= Funnel.ORDER.size() ? null : row[8 + rank];
        return row;
    }

    private static Instant firstAtOrBeyond(List<Stay> lead, int i, int rank) {
        for (int j = i + 1; j < lead.size(); j++) {
            Stay later = lead.get(j);
            if (later.enteredAt().isAfter(lead.get(i).enteredAt())
                    && Funnel.rank(LifecycleStage.valueOf(later.stage())) >= rank) {
                return later.enteredAt();
            }
        }
        return null;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
