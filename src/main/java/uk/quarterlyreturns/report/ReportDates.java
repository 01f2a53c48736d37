package uk.quarterlyreturns.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/** Dates as the report prints them, in London time whatever the server's zone. */
final class ReportDates {

    static final ZoneId LONDON = LondonTime.ZONE;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TO_THE_SECOND =
            UkDateFormat.ofPattern("d MMM yyyy HH:mm:ss").withZone(LONDON);
    private static final DateTimeFormatter DAY = UkDateFormat.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter DATE_TIME =
            UkDateFormat.ofPattern("d MMM yyyy HH:mm").withZone(LONDON);

    private ReportDates() {
    }

    /** "21 November 2017". */
    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "23 Oct 2017 14:05", London time. */
    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** When a return was first submitted: to the second when late within its deadline's minute ("17:00:25"). */
    static String submitted(Instant at, Instant deadline) {
        boolean late = deadline != null && LondonTime.lateWithinTheMinute(at, deadline);
        return (late ? TO_THE_SECOND : DATE_TIME).format(at);
    }

    /**
     * A deadline as every screen and mail says it: "20 Oct 2017 17:00", or a midnight as the day it ends ("20 Oct
     * 2017, midnight at the end of the day"), not the next day at 00:00.
     */
    static String deadline(Instant deadline) {
        return LondonTime.deadline(deadline.atZone(LONDON), DAY, DATE_TIME);
    }

    /** The day a deadline closes: a midnight's is the day before it. */
    static LocalDate closingDay(Instant deadline) {
        return LocalDate.ofInstant(deadline.minusNanos(1), LONDON);
    }
}
