package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * UK conventions for dates on screen: pickers that show and read 30/10/2017 (so 10/11/2017 is 10 November),
 * weeks from Monday, 24-hour times; and the formats grids use (30 Oct 2017, 30 Oct 2017 14:05, London time).
 */
public final class UkDates {

    /** As typed and shown in pickers. */
    public static final String PICKER_FORMAT = "dd/MM/yyyy";
    public static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern(PICKER_FORMAT, Locale.UK);
    public static final DateTimeFormatter DAY = UkDateFormat.ofPattern("d MMM yyyy");
    public static final DateTimeFormatter WHEN =
            UkDateFormat.ofPattern("d MMM yyyy HH:mm").withZone(LondonTime.ZONE);

    private static final String DATE_LABEL = "date (day/month/year)";
    private static final String TIME_LABEL = "time (24-hour)";
    private static final String UNREAD = "Type the date as day/month/year, such as 30/10/2017, and the time as 17:00";
    private static final String UNREAD_DATE = "Type the date as day/month/year, such as 21/11/2017";
    private static final String INCOMPLETE = "Give both the date and the time";

    private UkDates() {
    }

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setI18n(i18n());
        return picker;
    }

    /**
     * The date and time boxes are named apart ("Submission deadline date (day/month/year)"), as a screen reader
     * otherwise reads the one label for both; a date or time that cannot be read is said on the field, in the form
     * to type it.
     */
    public static DateTimePicker dateTimePicker(String label) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setLocale(Locale.UK);
        picker.setDatePickerI18n(i18n());
        picker.setI18n(new DateTimePicker.DateTimePickerI18n().setDateLabel(DATE_LABEL).setTimeLabel(TIME_LABEL)
                .setBadInputErrorMessage(UNREAD).setIncompleteInputErrorMessage(INCOMPLETE));
        return picker;
    }

    /**
     * Why what is typed in a date box, or a date-and-time one, cannot be taken ("Date of meeting: Type the date as
     * ...", "Submission deadline: Give both the date and the time"), or empty: a save would otherwise take the box as
     * empty, and wipe the date stored or refuse it for a reason that is not the one to mend. A box left empty is not
     * said here, even one marked required: the picker's own word for it is blank, and the form says what it needs.
     */
    @SafeVarargs
    public static <T, P extends HasValue<?, T> & HasValidator<T> & HasLabel> Optional<String> unread(P... pickers) {
        for (P picker : pickers) {
            ValidationResult result = readingOnly(picker);
            if (result.isError()) {
                return Optional.of(picker.getLabel() + ": " + result.getErrorMessage());
            }
        }
        return Optional.empty();
    }

    /** The picker's own validation without its required mark, which it reads as it runs. */
    private static <T, P extends HasValue<?, T> & HasValidator<T>> ValidationResult readingOnly(P picker) {
        boolean required = picker.isRequiredIndicatorVisible();
        picker.setRequiredIndicatorVisible(false);
        try {
            return picker.getDefaultValidator().apply(picker.getValue(), null);
        } finally {
            picker.setRequiredIndicatorVisible(required);
        }
    }

    /**
     * Day first, also read without leading zeros (1/2/2018), with a two-digit year (10/11/17), with dashes or dots,
     * and with the month in words (21 November 2017, 21 Nov 2017); anything else is said on the field.
     */
    public static DatePicker.DatePickerI18n i18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(PICKER_FORMAT, "d/M/yyyy", "d/M/yy", "d.M.yyyy", "d-M-yyyy", "d MMMM yyyy",
                "d MMM yyyy");
        i18n.setBadInputErrorMessage(UNREAD_DATE);
        i18n.setFirstDayOfWeek(DayOfWeek.MONDAY.getValue() % 7);
        i18n.setToday("Today");
        i18n.setCancel("Cancel");
        i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"));
        i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
        i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        return i18n;
    }
}
