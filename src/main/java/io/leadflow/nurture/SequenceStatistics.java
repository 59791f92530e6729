package io.leadflow.nurture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Emails sent, opened and clicked per sequence step. An email's outbox key is lead:sequence:step:run
 * and its tracking events carry that key, so one pass over each table counts every step at once.
 */
@Component
class SequenceStatistics {

    /** What one step's emails did. */
    record Counts(long sent, long opened, long clicked) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    private final JdbcClient jdbc;

    SequenceStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param steps "sequenceKey:activityId" of every step to count */
    Map<String, Counts> perStep(List<String> steps) {
        if (steps.isEmpty()) {
            return Map.of();
        }
        List<Long> sent =
                sums("email_outbox where status = 'SENT'", "idempotency_key like ?", steps, step -> "%:" + step + ":%");
        List<Long> opened = sums(
                "engagement_event where type = 'EMAIL_OPENED'", "event_id like ?", steps, s -> "open:%:" + s + ":%");
        List<Long> clicked = sums(
                "engagement_event where type = 'EMAIL_CLICKED'", "event_id like ?", steps, s -> "click:%:" + s + ":%");
        Map<String, Counts> counts = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            counts.put(steps.get(i), new Counts(sent.get(i), opened.get(i), clicked.get(i)));
        }
        return counts;
    }

    private List<Long> sums(
            String from, String condition, List<String> steps, java.util.function.UnaryOperator<String> pattern) {
        String columns = IntStream.range(0, steps.size())
                .mapToObj(i -> "coalesce(sum(case when " + condition + " then 1 else 0 end), 0)")
                .collect(Collectors.joining(", "));
        Object[] params = steps.stream().map(pattern).toArray();
        return jdbc.sql("select " + columns + " from " + from)
                .params(params)
                .query((rs, n) -> IntStream.range(0, steps.size())
                        .mapToObj(i -> {
                            try {
                                return rs.getLong(i + 1);
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList())
                .single();
    }
}
