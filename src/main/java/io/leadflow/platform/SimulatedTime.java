package io.leadflow.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's {@link Clock} (bean of ClockConfiguration): the system clock, unless a simulation
 * (the demo data seeder) sets the time. {@link #set} moves this clock and Camunda's engine clock
 * (ClockUtil) together, so stage history, outbox, timers and task dates agree; {@link #reset} returns
 * both to real time.
 */
public class SimulatedTime extends Clock {

    private volatile Instant fixed;

    /** From now on (until the next call) both clocks show this instant. */
    public void set(Instant instant) {
        fixed = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Back to real time for the app and the engine. */
    public void reset() {
        fixed = null;
        ClockUtil.reset();
    }

    public boolean isSimulated() {
        return fixed != null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
