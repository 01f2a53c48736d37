package uk.quarterlyreturns.base.mail.templates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.quarterlyreturns.base.calendar.LondonTime;

/** Dates as the emails print them: London time, written out in English, e.g. "Friday 20 October 2017, 17:00". */
final class MailDates {

    /** Deadlines are London times whatever zone the caller holds them in (British Summer Time honoured). */
    static final ZoneId LONDON = LondonTime.ZONE;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DATE_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.UK);

    private MailDates() {
    }

    /**
     * "Friday 20 October 2017, 17:00". A moment at midnight ends the day before it, as deadlines are counted (see
     * LondonTime): a deadline at 00:00 on Saturday is "Friday 20 October 2017, midnight at the end of the day", not a
     * Saturday that the words "closes today", sent on the Friday, would contradict.
     */
    static String dateAndTime(ZonedDateTime moment) {
        return LondonTime.deadline(moment, DATE, DATE_AND_TIME);
    }

    /** "Friday 20 October 2017": short enough for a subject line; the day before a moment at midnight, which ends it. */
    static String date(ZonedDateTime moment) {
        ZonedDateTime london = moment.withZoneSameInstant(LONDON);
        return DATE.format(LondonTime.atMidnight(london) ? london.minusDays(1) : london);
    }

    /** "Monday 16 October 2017". */
    static String date(LocalDate day) {
        return DATE.format(day);
    }
}
