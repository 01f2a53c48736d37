package uk.quarterlyreturns.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.framework.FrameworkEvent;

/**
 * Which changes to the framework moved a measure's goalposts during the year, for the report to say so. A change
 * counts when it is to what the RAG is judged by (the target, floor, tolerance, RAG scheme, polarity, quarterly
 * profile, aggregation, which decides whether the quarter's own figure or the year to date is judged, or the decimal
 * places a figure is rounded to before it is judged: 59.6% Amber at one place is 60% Green at none), made after
 * the year's first published report was compiled (what Cabinet read; before then no Cabinet paper printed the old
 * rule) and by the time the report is compiled. Frequency and due quarter only say when a figure is due, not what it is judged against: not counted.
 */
final class TargetsMoved {

    static final Set<String> RULE_COLUMNS = Stream.concat(FrameworkEvent.RULE_COLUMNS.stream(), Stream.of("decimals"))
            .collect(Collectors.toUnmodifiableSet());

    private TargetsMoved() {
    }

    /**
     * The year's changes to rating rules, oldest first, by measure code in lower case (the history keeps codes as
     * written); none before the year has a published report.
     *
     * @param events         the year's framework history, in any order
     * @param firstPublished when the year's first published report was compiled (what it printed), or null when
     *                       none is published yet
     * @param compiledAt     when the report is compiled
     */
    static Map<String, List<TargetChange>> of(List<FrameworkEvent> events, Instant firstPublished, Instant compiledAt) {
        Map<String, List<TargetChange>> byCode = new LinkedHashMap<>();
        if (firstPublished == null) {
            return byCode;
        }
        events.stream().filter(e -> counts(e, firstPublished, compiledAt))
                .sorted(Comparator.comparing(FrameworkEvent::at))
                .forEach(e -> byCode.computeIfAbsent(e.code().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new TargetChange(e.what(), e.from(), e.to(),
                                LocalDate.ofInstant(e.at(), LondonTime.ZONE), blankToNull(e.reason()))));
        return byCode;
    }

    private static boolean counts(FrameworkEvent e, Instant firstPublished, Instant compiledAt) {
        return e.kind() == FrameworkEvent.Kind.MEASURE && RULE_COLUMNS.contains(e.what())
                && e.at().isAfter(firstPublished) && !e.at().isAfter(compiledAt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
