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

    private TrailTable() {
    }

    /** The quarter's file's name, without its extension: "returns-history-2017-18-q2". */
    public static String quarterFileName(Cycle cycle) {
        return "returns-history-" + cycle.yearLabel() + "-q" + cycle.quarter();
    }

    public static List<List<Object>> rows(List<ReturnTrail.Event> events) {
        return events.stream().map(TrailTable::row).toList();
    }

    /** A quarter's trail as CSV, each row beginning with the service whose return it is. */
    public static byte[] quarterCsv(List<ReturnTrail.ServiceEvent> events) {
        return TabularWriter.csv(QUARTER_COLUMNS, events.stream().map(e -> {
            List<Object> row = new ArrayList<>(COLUMNS.size() + 1);
            row.add(e.service());
            row.addAll(row(e.event()));
            return row;
        }).toList());
    }

    private static List<Object> row(ReturnTrail.Event e) {
        return Arrays.asList(WHEN.format(e.at()), e.actor(), TrailWords.what(e.kind()),
                TrailWords.item(e.kind(), e.item(), e.comment()), TrailWords.value(e.kind(), e.oldValue()),
                TrailWords.value(e.kind(), e.newValue()), TrailWords.comment(e.kind(), e.comment()));
    }
}
