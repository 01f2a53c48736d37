package uk.quarterlyreturns.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * The rules of an extension the performance team agrees for one return: which returns may have one, and which
 * deadlines will do. A refusal says why, and nothing is changed.
 */
public final class DeadlineExtension {

    /** The trail's kind for an extension agreed or withdrawn; old and new values are the deadlines, as shown. */
    public static final String TRAIL_KIND = "DEADLINE_EXTENDED";

    /** The longest reason kept, as the trail and the mail print it. */
    public static final int REASON_MAX = 2000;

    /** The extension first offered: the cycle's deadline plus this many working days, at the same time of day. */
    static final int PROPOSED_WORKING_DAYS = 5;

    private static final DateTimeFormatter DAY = UkDateFormat.ofPattern("EEE d MMM yyyy");
    private static final DateTimeFormatter WHEN = UkDateFormat.ofPattern("EEE d MMM yyyy, HH:mm");

    private DeadlineExtension() {
    }

    /**
     * The deadline the dialog proposes: five working days after the cycle's, at the same time of day (to the minute,
     * as a deadline is given). Asked for once those have passed, five working days from today instead, since a
     * deadline already passed is refused; and never later than the compilation date, which is refused too.
     */
    public static Instant proposed(Instant cycleDeadline, Instant compilationDate, Instant now,
            WorkingDays workingDays) {
        ZonedDateTime at = cycleDeadline.atZone(LondonTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        boolean midnight = LondonTime.atMidnight(at);
        // a midnight closes the day before it: counted from the Saturday after a Friday, it lost a day
        Instant proposed = fiveWorkingDaysOn(at, midnight ? at.toLocalDate().minusDays(1) : at.toLocalDate(),
                midnight, workingDays);
        if (!proposed.isAfter(now)) {
            proposed = fiveWorkingDaysOn(at, now.atZone(LondonTime.ZONE).toLocalDate(), midnight, workingDays);
        }
        return proposed.isAfter(compilationDate) ? compilationDate : proposed;
    }

    /** Five working days after the day given, at the deadline's time of day (a midnight: the end of that day). */
    private static Instant fiveWorkingDaysOn(ZonedDateTime at, LocalDate from, boolean midnight,
            WorkingDays workingDays) {
        LocalDate day = workingDays.plusWorkingDays(from, PROPOSED_WORKING_DAYS);
        return midnight ? day.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant() : at.with(day).toInstant();
    }

    /**
     * Refuses a return that may not be extended: one in already (first submitted, perhaps since the page was read)
     * or withdrawn with nothing due.
     *
     * @throws IllegalStateException naming why
     */
    public static void mayExtend(ServiceReturn r) {
        if (r.status() == ReturnStatus.WITHDRAWN || r.isIn()) {
            throw new IllegalStateException(r.standing() + " now, so its deadline was not changed");
        }
    }

    /**
     * Refuses a deadline that will not do: not after now and the cycle's deadline, or after the compilation date,
     * when the report is compiled with whatever is in; and a reason missing or too long.
     *
     * @throws IllegalArgumentException naming why
     */
    public static void check(Instant extendTo, String reason, Instant cycleDeadline, Instant compilationDate,
            Instant now) {
        if (extendTo == null) {
            throw new IllegalArgumentException("Give the new deadline, a date and a time");
        }
        if (!extendTo.isAfter(now)) {
            throw new IllegalArgumentException("The new deadline " + when(extendTo) + " has already passed: give a"
                    + " later one");
        }
        if (!extendTo.isAfter(cycleDeadline)) {
            throw new IllegalArgumentException("The new deadline must be after the cycle's deadline, "
                    + when(cycleDeadline));
        }
        if (extendTo.isAfter(compilationDate)) {
            throw new IllegalArgumentException("The new deadline must be no later than the compilation date, "
                    + when(compilationDate) + ": the report is compiled then, and a return not in is printed as"
                    + " Missing");
        }
        checkReason(reason);
    }

    /** @throws IllegalArgumentException when the reason is missing or too long */
    public static void checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give the reason: the service is told it, and the history keeps it");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new IllegalArgumentException("The reason is " + reason.strip().length() + " characters long: keep it"
                    + " to " + REASON_MAX);
        }
    }

    /** What withdrawing an extension does, asked first: overdue at once (and escalated) once the cycle's has passed. */
    public static String whenWithdrawn(Instant cycleDeadline, boolean passed) {
        return passed ? "It becomes overdue at once: the cycle's deadline, " + when(cycleDeadline) + ", has passed,"
                + " and it is escalated as any overdue return." : "It becomes overdue after the cycle's deadline, "
                + when(cycleDeadline) + ".";
    }

    /** "Fri 27 Oct 2017, 17:00", or a midnight as the day it ends, as every deadline is shown. */
    public static String when(Instant deadline) {
        return LondonTime.deadline(deadline.atZone(LondonTime.ZONE), DAY, WHEN);
    }

}
