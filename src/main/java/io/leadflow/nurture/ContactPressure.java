package io.leadflow.nurture;

import io.leadflow.lead.Lead;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marketing email is deferred, never dropped, when a lead already got its weekly share (rolling 7
 * days, across all sequences) or when it is outside the send window in the lead's time zone.
 */
@Component
class ContactPressure {

    /** Why and until when an email waits. */
    record Deferral(Instant until, String reason) {}

    private static final Duration WEEK = Duration.ofDays(7);
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("DE", "Europe/Berlin"),
            Map.entry("AT", "Europe/Vienna"),
            Map.entry("CH", "Europe/Zurich"),
            Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("ES", "Europe/Madrid"),
            Map.entry("FR", "Europe/Paris"),
            Map.entry("GB", "Europe/London"),
            Map.entry("NL", "Europe/Amsterdam"),
            Map.entry("IT", "Europe/Rome"),
            Map.entry("US", "America/New_York"),
            Map.entry("CA", "America/Toronto"),
            Map.entry("BR", "America/Sao_Paulo"),
            Map.entry("IN", "Asia/Kolkata"),
            Map.entry("JP", "Asia/Tokyo"),
            Map.entry("AU", "Australia/Sydney"));
    private final JdbcClient jdbc;
    private final NurtureSettings settings;
    private final Clock clock;

    ContactPressure(JdbcClient jdbc, NurtureSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    Optional<Deferral> check(Lead lead) {
        Instant now = clock.instant();
        return weeklyCap(lead, now).or(() -> window(lead, now));
    }

    private Optional<Deferral> weeklyCap(Lead lead, Instant now) {
        int cap = settings.maxEmailsPerWeek();
        if (cap <= 0) {
            return Optional.empty();
        }
        var sent = jdbc.sql(
                        "select sent_at from email_outbox where lead_id = ? and kind = 'MARKETING' and status = 'SENT'"
                                + " and sent_at > ?"
                                + " order by sent_at desc")
                .params(lead.id().value(), Timestamp.from(now.minus(WEEK)))
                .query(Timestamp.class)
                .list();
        if (sent.size() < cap) {
            return Optional.empty();
        }
        Instant frees = sent.get(cap - 1).toInstant().plus(WEEK);
        return Optional.of(new Deferral(frees, "at most " + cap + " marketing emails in 7 days"));
    }

    private Optional<Deferral> window(Lead lead, Instant now) {
        NurtureSettings.SendWindow window = settings.sendWindow();
        ZonedDateTime local = now.atZone(zone(lead.country()));
        for (int hours = 0; hours < 24 * 8; hours++) {
            ZonedDateTime candidate =
                    hours == 0 ? local : local.truncatedTo(ChronoUnit.HOURS).plusHours(hours);
            if (open(window, candidate)) {
                return hours == 0
                        ? Optional.empty()
                        : Optional.of(new Deferral(candidate.toInstant(), "outside the send window"));
            }
        }
        return Optional.empty();
    }

    private static boolean open(NurtureSettings.SendWindow window, ZonedDateTime at) {
        boolean day = window.days() == null
                || window.days().isEmpty()
                || window.days().contains(at.getDayOfWeek());
        return day && at.getHour() >= window.startHour() && at.getHour() < window.endHour();
    }

    static ZoneId zone(String country) {
        return ZoneId.of(country == null ? "UTC" : ZONES.getOrDefault(country, "UTC"));
    }
}
