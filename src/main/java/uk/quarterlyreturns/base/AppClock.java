package uk.quarterlyreturns.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.calendar.LondonTime;

/**
 * The application's time, London zone. It follows the process engine's clock so that timers, deadlines
 * and "N days overdue" agree when the clock is moved (tests, the demo's replay of past quarters).
 */
@Component
public class AppClock extends Clock {

    public static final ZoneId LONDON = LondonTime.ZONE;

    /** The same time, for the few places that are not Spring beans (a view's "Saved at"). */
    public static Instant current() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
