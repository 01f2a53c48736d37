package uk.quarterlyreturns.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import uk.quarterlyreturns.base.calendar.WorkingDays;

/**
 * The dates the open-cycle dialog starts from (London wall-clock times): the deadline three weeks after quarter
 * end at 17:00, the compilation ten days later at 09:00, each moved on to the next working day when it would fall
 * on a weekend or bank holiday.
 */
public final class SuggestedDates {

    private final WorkingDays workingDays;

    public SuggestedDates(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    public LocalDateTime deadline(LocalDate quarterEnd) {
        return workingDays.workingDayOnOrAfter(quarterEnd.plusDays(21)).atTime(17, 0);
    }

    public LocalDateTime compilation(LocalDateTime deadline) {
        return workingDays.workingDayOnOrAfter(deadline.toLocalDate().plusDays(10)).atTime(9, 0);
    }
}
