package uk.quarterlyreturns.framework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.quarterlyreturns.base.calendar.LondonTime;

/** A reporting year, April to March, written like 2017-18 (shown as 2017/18). */
public record ReportingYear(long id, String label, LocalDate startsOn, BandEdges bandEdges) {

    public static final ZoneId LONDON = LondonTime.ZONE;
    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    /** The first day of the year the label names; a clear error for anything else. */
    public static LocalDate startOf(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("A reporting year is written like 2017-18, not '" + label + "'");
        }
        int first = Integer.parseInt(m.group(1));
        if ((first + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("A reporting year is written like 2017-18: " + label
                    + " does not name two consecutive years");
        }
        return LocalDate.of(first, 4, 1);
    }

    public static String labelOf(int firstCalendarYear) {
        return String.format("%d-%02d", firstCalendarYear, (firstCalendarYear + 1) % 100);
    }

    public static int requireQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1, 2, 3 or 4, not " + quarter);
        }
        return quarter;
    }

    /**
     * The year a screen opens on: the newest begun by today, not next year's framework imported before its April;
     * when none has begun yet, the first to begin.
     */
    public static Optional<ReportingYear> current(List<ReportingYear> years, LocalDate today) {
        Comparator<ReportingYear> byStart = Comparator.comparing(ReportingYear::startsOn);
        return years.stream().filter(y -> !y.startsOn().isAfter(today)).max(byStart)
                .or(() -> years.stream().min(byStart));
    }

    /** 2017/18, as the reports print it. */
    public String display() {
        return label.replace('-', '/');
    }

    public String previousLabel() {
        return labelOf(startsOn.getYear() - 1);
    }

    public LocalDate quarterStart(int quarter) {
        return startsOn.plusMonths(3L * (requireQuarter(quarter) - 1));
    }

    /** The last day of the quarter: Q1 ends 30 June. */
    public LocalDate quarterEnd(int quarter) {
        return quarterStart(quarter).plusMonths(3).minusDays(1);
    }

    /** The end of the quarter's last day, London time. */
    public ZonedDateTime quarterClose(int quarter) {
        return quarterEnd(quarter).plusDays(1).atStartOfDay(LONDON);
    }

    /** "Quarter 2 (July to September) 2017/18". */
    public String quarterName(int quarter) {
        String[] months = {"April to June", "July to September", "October to December", "January to March"};
        return "Quarter " + quarter + " (" + months[requireQuarter(quarter) - 1] + ") " + display();
    }
}
