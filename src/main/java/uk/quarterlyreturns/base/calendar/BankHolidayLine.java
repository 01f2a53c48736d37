package uk.quarterlyreturns.base.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** One line of the bank holiday file, {@code 2017-12-25,Christmas Day}, checked. */
record BankHolidayLine(LocalDate date, String name) {

    static void checkHeader(String line) {
        List<String> fields = CsvLine.fields(line);
        if (fields.size() != 2 || !fields.get(0).strip().equalsIgnoreCase("date")
                || !fields.get(1).strip().equalsIgnoreCase("name")) {
            throw new IllegalArgumentException("the first line must be the header date,name");
        }
    }

    static BankHolidayLine parse(String line) {
        List<String> fields = CsvLine.fields(line);
        if (fields.size() == 1) {
            throw new IllegalArgumentException("expected a date and a name separated by a comma");
        }
        if (fields.size() > 2) {
            throw new IllegalArgumentException(
                    "too many commas: a name containing a comma must be in double quotes");
        }
        return new BankHolidayLine(date(fields.get(0).strip()), name(fields.get(1).strip()));
    }

    private static LocalDate date(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date in the form 2017-12-25");
        }
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            // Almost always the holiday's own date typed instead of the weekday it is taken on.
            throw new IllegalArgumentException(date + " is a " + day.getDisplayName(TextStyle.FULL, Locale.UK)
                    + ": list the weekday the holiday is taken on (its substitute day)");
        }
        return date;
    }

    private static String name(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the holiday needs a name");
        }
        return text;
    }
}
