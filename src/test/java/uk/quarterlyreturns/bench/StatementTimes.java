package uk.quarterlyreturns.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long the job threads wait on each statement while a cycle opens, summed per SQL text (with
 * {@code -Dbench.statementTimes=true}): what the opening waits on, statement by statement, as the driver sees it,
 * so a queue for the cores counts too. Written to target/bench/statement-times.txt.
 */
final class StatementTimes {

    static final boolean ON = Boolean.getBoolean("bench.statementTimes");

    /** One SQL text's calls and their time. */
    record Line(String sql, long calls, double millis) {
    }

    /** Calls and nanoseconds so far of one SQL text. */
    private record Tally(LongAdder calls, LongAdder nanos) {
    }

    private static final Map<String, Tally> TIMES = new ConcurrentHashMap<>();

    private StatementTimes() {
    }

    static void add(String sql, long nanos) {
        Tally tally = TIMES.computeIfAbsent(sql == null ? "(unknown)" : sql.replaceAll("\\s+", " ").trim(),
                k -> new Tally(new LongAdder(), new LongAdder()));
        tally.calls().increment();
        tally.nanos().add(nanos);
    }

    /** The recorded statements, the longest first; the record starts again. */
    static List<Line> take() {
        List<Line> lines = TIMES.entrySet().stream()
                .map(e -> new Line(e.getKey(), e.getValue().calls().sum(), e.getValue().nanos().sum() / 1e6))
                .sorted(Comparator.comparingDouble(Line::millis).reversed()).toList();
        TIMES.clear();
        return lines;
    }

    /** The lines as a table, each SQL text cut to its start, and written beside the results. */
    static void write(List<Line> lines, int returns) throws IOException {
        StringBuilder table = new StringBuilder(String.format(Locale.UK, "%8s %10s %10s  %s%n", "calls",
                "ms", "a return", "statement"));
        for (Line line : lines) {
            table.append(String.format(Locale.UK, "%8d %10.1f %10.2f  %s%n", line.calls(), line.millis(),
                    (double) line.calls() / returns, line.sql().substring(0, Math.min(150, line.sql().length()))));
        }
        System.out.println(table);
        Path file = Path.of("target", "bench", "statement-times.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
    }
}
