package uk.quarterlyreturns.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * The dates the open-cycle dialog starts from (London wall-clock times): the deadline three weeks after quarter
 * end at 17:00, the compilation ten days later at 09:00, each moved on to the next working day when it would fall
 * on a weekend or bank holiday. A cycle opened automatically takes its compilation date by the same rule.
 */
public final class SuggestedDates {

    private static final DateTimeFormatter DAY = UkDateFormat.ofPattern("d MMM yyyy");

    private final WorkingDays workingDays;

    public SuggestedDates(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /** A quarter of a reporting year, such as Q4 of 2017-18. */
    public record YearQuarter(String yearLabel, int quarter) {
    }

    /**
     * The quarter that ended last before {@code today}, the one a cycle is usually opened for: in April, last year's
     * Q4, though next year's framework may already be rolled over.
     */
    public static YearQuarter lastEnded(LocalDate today) {
        int startYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int current = (today.getMonthValue() + 8) % 12 / 3 + 1;
        return current == 1 ? new YearQuarter(ReportingYear.labelOf(startYear - 1), 4)
                : new YearQuarter(ReportingYear.labelOf(startYear), current - 1);
    }

    public LocalDateTime deadline(LocalDate quarterEnd) {
        return workingDays.workingDayOnOrAfter(quarterEnd.plusDays(21)).atTime(17, 0);
    }

    public LocalDateTime compilation(LocalDateTime deadline) {
        return compilation(deadline, 10);
    }

    /** The compilation date some days after the deadline, at 09:00 on a working day. */
    public LocalDateTime compilation(LocalDateTime deadline, int daysAfterDeadline) {
        return workingDays.workingDayOnOrAfter(deadline.toLocalDate().plusDays(daysAfterDeadline)).atTime(9, 0);
    }

    /**
     * A warning when a cycle's dates run past the end of the bank holiday calendar: its reminders, escalations and
     * these suggestions would count every bank holiday after that end as a working day, unnoticed.
     */
    public Optional<String> beyondTheCalendar(LocalDateTime latest) {
        LocalDate end = workingDays.bankHolidays().lastDate();
        if (latest == null || !latest.toLocalDate().isAfter(end)) {
            return Optional.empty();
        }
        return Optional.of("The bank holiday calendar ends on " + DAY.format(end) + ": after it, this cycle's"
                + " reminders and escalations count bank holidays as working days. An administrator can add the"
                + " next years' bank holidays.");
    }
}
