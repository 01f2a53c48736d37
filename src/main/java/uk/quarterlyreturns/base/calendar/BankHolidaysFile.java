package uk.quarterlyreturns.base.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the bank holiday CSV: header {@code date,name}, then {@code 2017-12-25,Christmas Day}. Blank
 * lines are ignored; a byte order mark (as spreadsheet programs save it) is skipped. A name containing a
 * comma must be in double quotes, with {@code ""} for a quote inside it (RFC 4180, within one line).
 * Every bad line is reported at once, so an administrator can fix the file in one go.
 */
final class BankHolidaysFile {

    private static final int MOST_PROBLEMS_SHOWN = 20;
    private static final int LONGEST_TEXT_SHOWN = 80;

    private BankHolidaysFile() {
    }

    static NavigableMap<LocalDate, String> read(InputStream csv) {
        try {
            return read(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bank holiday file", e);
        }
    }

    private static NavigableMap<LocalDate, String> read(BufferedReader reader) throws IOException {
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        List<String> problems = new ArrayList<>();
        boolean headerSeen = false;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                if (!headerSeen) {
                    headerSeen = true;
                    BankHolidayLine.checkHeader(line);
                    continue;
                }
                BankHolidayLine holiday = BankHolidayLine.parse(line);
                Integer earlier = lineOf.putIfAbsent(holiday.date(), number);
                if (earlier != null) {
                    throw new IllegalArgumentException(holiday.date() + " is already listed on line " + earlier);
                }
                holidays.put(holiday.date(), holiday.name());
            } catch (IllegalArgumentException e) {
                problems.add("line " + number + " \"" + shortened(line) + "\": " + e.getMessage());
            }
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(
                    "The bank holiday file is empty: it needs the header date,name and one line per holiday");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(report(problems));
        }
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("The bank holiday file lists no bank holidays");
        }
        refuseMissingYears(holidays);
        return holidays;
    }

    /**
     * Every year has bank holidays: a year left out between the first and the last (a block deleted by mistake)
     * would silently make that year's bank holidays working days, and no start-up warning would catch it.
     */
    private static void refuseMissingYears(NavigableMap<LocalDate, String> holidays) {
        List<Integer> missing = new ArrayList<>();
        for (int year = holidays.firstKey().getYear() + 1; year < holidays.lastKey().getYear(); year++) {
            LocalDate newYear = LocalDate.of(year, 1, 1);
            LocalDate next = holidays.ceilingKey(newYear);
            if (next == null || next.getYear() != year) {
                missing.add(year);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The bank holiday file lists no bank holidays in "
                    + missing.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + ": add " + (missing.size() == 1 ? "that year's" : "those years'") + " bank holidays, or every"
                    + " one of them would count as a working day");
        }
    }

    private static String shortened(String line) {
        return line.length() <= LONGEST_TEXT_SHOWN ? line : line.substring(0, LONGEST_TEXT_SHOWN) + "...";
    }

    private static String report(List<String> problems) {
        StringBuilder text = new StringBuilder("The bank holiday file has ").append(problems.size())
                .append(problems.size() == 1 ? " bad line:" : " bad lines:");
        problems.stream().limit(MOST_PROBLEMS_SHOWN).forEach(p -> text.append('\n').append(p));
        if (problems.size() > MOST_PROBLEMS_SHOWN) {
            text.append("\nand ").append(problems.size() - MOST_PROBLEMS_SHOWN).append(" more");
        }
        return text.toString();
    }
}
