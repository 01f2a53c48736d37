package uk.quarterlyreturns.base.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The England and Wales bank holidays, read from a plain CSV file (header {@code date,name}, one row per
 * holiday, ISO dates) that an administrator can edit. Immutable.
 *
 * <p>The calendar ends at {@link #lastDate()}: past it every weekday counts as a working day, so the
 * application warns at start while that end is less than a year away ({@link #endingSoon}).
 */
public final class BankHolidays {

    /** Where the shipped calendar sits on the classpath. */
    public static final String BUNDLED_RESOURCE = "/calendar/bank-holidays-england-and-wales.csv";

    private final NavigableMap<LocalDate, String> names;

    private BankHolidays(NavigableMap<LocalDate, String> names) {
        this.names = Collections.unmodifiableNavigableMap(new TreeMap<>(names));
    }

    /**
     * Reads a calendar: the header {@code date,name}, then one line per holiday such as
     * {@code 2017-12-25,Christmas Day}. Blank lines are ignored. A name containing a comma goes in double
     * quotes, {@code ""} standing for a quote inside it (RFC 4180 quoting, within one line). A weekend date
     * (the substitute weekday belongs there), a date listed twice and a year with no holidays between the first
     * and the last are refused. The stream is read as
     * UTF-8 and is not closed.
     *
     * @throws IllegalArgumentException naming every bad line, its number and its text
     */
    public static BankHolidays parse(InputStream csv) {
        Objects.requireNonNull(csv, "csv");
        return new BankHolidays(BankHolidaysFile.read(csv));
    }

    /** The calendar shipped with the application. */
    public static BankHolidays bundled() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bank holiday calendar " + BUNDLED_RESOURCE
                        + " is missing from the application");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bank holiday calendar " + BUNDLED_RESOURCE, e);
        }
    }

    public boolean contains(LocalDate date) {
        return names.containsKey(date);
    }

    /** The holiday's name as the file gives it, such as "Boxing Day (substitute day)". */
    public Optional<String> name(LocalDate date) {
        return Optional.ofNullable(names.get(date));
    }

    public LocalDate firstDate() {
        return names.firstKey();
    }

    /**
     * A warning for the start-up log while the calendar ends within a year of today: deadlines and timers past
     * its end would count bank holidays as working days, and nobody would notice until one did.
     */
    public Optional<String> endingSoon(LocalDate today) {
        if (!lastDate().isBefore(today.plusYears(1))) {
            return Optional.empty();
        }
        return Optional.of("The bank holiday calendar ends on " + lastDate() + ": working days after it count every"
                + " bank holiday as a working day. Add the next years' bank holidays to a file and name it in"
                + " QUARTERLY_CALENDAR_BANK_HOLIDAYS");
    }

    /** The last holiday listed: the calendar says nothing about later dates. */
    public LocalDate lastDate() {
        return names.lastKey();
    }
}
