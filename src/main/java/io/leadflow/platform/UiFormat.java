package io.leadflow.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Formatting for the UI templates, as bean {@code uiFormat}: {@code ${@uiFormat.time(lead.createdAt)}}.
 * Times are shown in UTC, the zone every report uses.
 */
@Component("uiFormat")
public class UiFormat {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /** "2026-03-01 14:05" (UTC), or a dash. */
    public String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }

    /** "2026-03-01" (UTC), or a dash. */
    public String date(Instant instant) {
        return instant == null ? "–" : DATE.format(instant);
    }

    /** Hours as "5 h", "3 d 4 h" or "6 w 2 d"; a dash when unknown. */
    public String hours(Long hours) {
        if (hours == null) {
            return "–";
        }
        if (hours < 48) {
            return hours + " h";
        }
        long days = hours / 24;
        return days < 28 ? days + " d " + (hours % 24) + " h" : (days / 7) + " w " + (days % 7) + " d";
    }

    /** A rate 0..1 as "42%"; a dash when unknown. */
    public String percent(Double rate) {
        return rate == null ? "–" : Math.round(rate * 100) + "%";
    }
}
