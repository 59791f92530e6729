package io.leadflow.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The ISO weeks (Monday to Sunday, UTC) a range touches, and the SQL CASE that buckets a timestamp. */
final class ReportWeeks {

    /** One ISO week; {@code start} is its Monday even when the range starts later. */
    record Week(String label, LocalDate start) {}

    private ReportWeeks() {}

    static List<Week> of(LocalDate from, LocalDate to) {
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            String label = "%d-W%02d"
                    .formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            weeks.add(new Week(label, monday));
        }
        return weeks;
    }

    /**
     * {@code case when col < ? then 0 when col < ? then 1 ... else n-1 end}: portable (no vendor date
     * functions); the parameters are the starts of weeks 2..n, see {@link #boundaries}.
     */
    static String bucketCase(String column, int weekCount) {
        if (weekCount == 1) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("case");
        for (int i = 0; i < weekCount - 1; i++) {
            sql.append(" when ").append(column).append(" < ? then ").append(i);
        }
        return sql.append(" else ").append(weekCount - 1).append(" end").toString();
    }

    static List<Object> boundaries(List<Week> weeks) {
        return weeks.subList(1, weeks.size()).stream()
                .map(week -> (Object) java.sql.Timestamp.from(
                        week.start().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .toList();
    }
}
