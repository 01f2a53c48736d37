package uk.quarterlyreturns.base.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The council's time zone, and how far away a deadline is in the words users read. */
public final class LondonTime {

    /** Every date and wall-clock time the application shows or plans by (British Summer Time honoured). */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /**
     * A moment in the files auditors get: London time to the second with its offset, as the histories give it, so the
     * hour the clocks go back reads twice apart and one file's times order against another's.
     */
    public static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx",
            Locale.UK).withZone(ZONE);

    /**
     * Whether a submission came after its deadline but within the deadline's minute: printed to the minute it would
     * read "17:00 … Late", so where it is shown beside its on time or late it is given to the second.
     */
    public static boolean lateWithinTheMinute(Instant at, Instant deadline) {
        return at.isAfter(deadline)
                && at.truncatedTo(ChronoUnit.MINUTES).equals(deadline.truncatedTo(ChronoUnit.MINUTES));
    }

    private LondonTime() {
    }

    /**
     * London calendar days from now's date to the day the deadline closes, not 24-hour periods: negative when
     * that day has passed. A deadline at midnight closes the day before it (midnight on Saturday is the end of
     * Friday), so on the Friday it "closes today", not tomorrow.
     */
    public static long daysUntil(ZonedDateTime now, ZonedDateTime deadline) {
        return ChronoUnit.DAYS.between(londonDate(now), londonDate(deadline.minusNanos(1)));
    }

    /**
     * The words used in emails and inboxes: "closes in 5 days", "closes tomorrow", "closes today", then
     * "closed today" once the deadline's time has passed that day, "1 day overdue", "12 days overdue".
     */
    public static String closesIn(ZonedDateTime now, ZonedDateTime deadline) {
        long days = daysUntil(now, deadline);
        if (days > 1) {
            return "closes in " + days + " days";
        }
        if (days == 1) {
            return "closes tomorrow";
        }
        if (days == 0) {
            return now.isBefore(deadline) ? "closes today" : "closed today";
        }
        return days == -1 ? "1 day overdue" : -days + " days overdue";
    }

    /**
     * Whether the moment is midnight in London, which ends the day before it: a deadline then is written as that day's
     * midnight ("Friday 20 October 2017, midnight at the end of the day"), not as the next day at 00:00.
     */
    public static boolean atMidnight(ZonedDateTime time) {
        return time.withZoneSameInstant(ZONE).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** Said after the day a midnight ends, in place of its time. */
    public static final String MIDNIGHT_WORDS = "midnight at the end of the day";

    /**
     * A deadline as users read it wherever it is shown (mail, return, inbox, compliance): the day and time by
     * {@code dayAndTime}, or a midnight as the day it ends by {@code day} ("Friday 20 October 2017, midnight at the
     * end of the day"), so nobody reads a Saturday deadline into one that closes on Friday.
     */
    public static String deadline(ZonedDateTime moment, DateTimeFormatter day, DateTimeFormatter dayAndTime) {
        ZonedDateTime london = moment.withZoneSameInstant(ZONE);
        return atMidnight(london) ? day.format(london.minusDays(1)) + ", " + MIDNIGHT_WORDS : dayAndTime.format(london);
    }

    private static LocalDate londonDate(ZonedDateTime time) {
        return time.withZoneSameInstant(ZONE).toLocalDate();
    }
}
