package uk.quarterlyreturns.cycle.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.framework.ReportingYear;

/**
 * What POST .../cycle takes. Dates and times are London wall-clock times ("2031-07-21T17:00") unless they
 * carry an offset ("2031-07-21T16:00:00Z"), as in the dialog. The chase settings left out come from the
 * stored defaults; reminderDays [] means no reminders. A quarter not yet ended opens only with beforeQuarterEnds
 * true, and a deadline already past only with deadlinePassed true, as the dialog asks first.
 */
record OpenCycleJson(String deadline, String compilationDate, List<Integer> reminderDays, String reminderTime,
        Integer graceWorkingDays, Integer secondEscalationWorkingDays,
        @Schema(description = "true to open a quarter that has not ended yet; without it, such a quarter is refused"
                + " (409), being almost always the wrong one") Boolean beforeQuarterEnds,
        @Schema(description = "true to open with a deadline already past; without it, such a deadline is refused"
                + " (409), since every return would be overdue and escalated at once") Boolean deadlinePassed) {

    boolean opensBeforeQuarterEnds() {
        return Boolean.TRUE.equals(beforeQuarterEnds);
    }

    boolean opensWithDeadlinePassed() {
        return Boolean.TRUE.equals(deadlinePassed);
    }

    Instant deadlineInstant() {
        return instant("deadline", deadline);
    }

    Instant compilationInstant() {
        return instant("compilationDate", compilationDate);
    }

    ChasePolicy policy(ChasePolicy defaults) {
        return new ChasePolicy(reminderDays == null ? defaults.reminderDaysBefore() : reminderDays,
                reminderTime == null ? defaults.reminderTime() : time(reminderTime),
                graceWorkingDays == null ? defaults.graceWorkingDays() : graceWorkingDays,
                secondEscalationWorkingDays == null ? defaults.secondEscalationWorkingDays()
                        : secondEscalationWorkingDays);
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Give the deadline and compilation date: " + field + " is missing");
        }
        try {
            return text.matches(".*(Z|[+-]\\d\\d:?\\d\\d)$") ? OffsetDateTime.parse(text.strip()).toInstant()
                    : LocalDateTime.parse(text.strip()).atZone(ReportingYear.LONDON).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " '" + text
                    + "' is not a date and time such as 2031-07-21T17:00 (London time)");
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("reminderTime '" + text + "' is not a time of day such as 09:00");
        }
    }
}
