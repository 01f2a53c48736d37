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

    /** "Friday 20 October 2017, 17:00". */
    static String dateAndTime(ZonedDateTime moment) {
        return DATE_AND_TIME.format(moment.withZoneSameInstant(LONDON));
    }

    /** "Friday 20 October 2017": short enough for a subject line. */
    static String date(ZonedDateTime moment) {
        return DATE.format(moment.withZoneSameInstant(LONDON));
    }

    /** "Monday 16 October 2017". */
    static String date(LocalDate day) {
        return DATE.format(day);
    }
}
