package uk.quarterlyreturns.base.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** Working days: Monday to Friday, less the England and Wales bank holidays. */
public final class WorkingDays {

    private final BankHolidays bankHolidays;

    public WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    public BankHolidays bankHolidays() {
        return bankHolidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    /**
     * The n-th working day after {@code from} ({@code from} itself is not counted). With n = 0, {@code from}
     * when it is a working day, otherwise the next working day.
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("The number of working days cannot be negative: " + n);
        }
        if (n == 0) {
            return workingDayOnOrAfter(from);
        }
        LocalDate date = from;
        for (int counted = 0; counted < n; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Where a reminder that would fall on a weekend or bank holiday goes: earlier, never later. */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * How many working days lie after {@code fromExclusive} up to and including {@code toInclusive}: a
     * Friday to the next Monday is 1. Negative, with the same size, when the dates are the other way round.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
