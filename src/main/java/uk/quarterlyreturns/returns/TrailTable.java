package uk.quarterlyreturns.returns;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * A trail as a table in its readers' words (TrailWords), with usernames as stored: a return's history on its page
 * and in its exports, and every return's history of a quarter in one file for an auditor.
 */
public final class TrailTable {

    public static final List<String> COLUMNS = List.of("when", "who", "what", "item", "from", "to", "comment");
    private static final List<String> QUARTER_COLUMNS = Stream.concat(Stream.of("service"), COLUMNS.stream())
            .toList();
    public static final DateTimeFormatter WHEN = UkDateFormat.ofPattern("EEE d MMM yyyy, HH:mm")
            .withZone(LondonTime.ZONE);
    /**
     * The time in an exported history: to the second and with its offset, so that an auditor can order each row, the
     * hour the clocks go back (01:30 twice) and a change made within the minute of a sign-off included; written as
     * every other London time of the audit pack is, so that the same moment reads the same in each of its files.
     */
    static final DateTimeFormatter EXPORTED_WHEN = LondonTime.EXPORTED;

    private TrailTable() {
    }

    /** The quarter's file's name, without its extension: "returns-history-2017-18-q2". */
    public static String quarterFileName(Cycle cycle) {
        return "returns-history-" + cycle.yearLabel() + "-q" + cycle.quarter();
    }

    /** The trail as its page shows it, to the minute. */
    public static List<List<Object>> rows(List<ReturnTrail.Event> events) {
        return events.stream().map(e -> row(e, WHEN)).toList();
    }

    /** The trail as a file gives it, to the second with the offset ({@link #EXPORTED_WHEN}). */
    public static List<List<Object>> exportedRows(List<ReturnTrail.Event> events) {
        return events.stream().map(e -> row(e, EXPORTED_WHEN)).toList();
    }

    /** A quarter's trail as CSV, each row beginning with the service whose return it is. */
    public static byte[] quarterCsv(List<ReturnTrail.ServiceEvent> events) {
        return TabularWriter.csv(QUARTER_COLUMNS, events.stream().map(e -> {
            List<Object> row = new ArrayList<>(COLUMNS.size() + 1);
            row.add(e.service());
            row.addAll(row(e.event(), EXPORTED_WHEN));
            return row;
        }).toList());
    }

    private static List<Object> row(ReturnTrail.Event e, DateTimeFormatter when) {
        return Arrays.asList(when.format(e.at()), e.actor(), TrailWords.what(e.kind()),
                TrailWords.item(e.kind(), e.item(), e.comment()), TrailWords.value(e.kind(), e.oldValue()),
                TrailWords.value(e.kind(), e.newValue()), TrailWords.comment(e.kind(), e.comment()));
    }
}
