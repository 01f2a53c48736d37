package uk.quarterlyreturns.framework;

import java.time.Instant;
import java.util.Set;

/**
 * One change to a year's framework, as its history keeps it: one column of one measure or key action (named as the
 * framework file names it, its values as the file would write them), one added or removed, one of a measure's past
 * figures a history file changed ("history 2016-17 Q2"), or a setting of the year.
 *
 * @param code the measure's or key action's code; empty for a setting of the year
 * @param what the file's column (target, title, ...), "added", "removed", the past figure ("history 2016-17 outturn",
 *             "history 2016-17 Q2"), or the setting (band_edges)
 */
public record FrameworkEvent(Instant at, String year, Kind kind, String code, String what, String from, String to,
                             String by, FrameworkWay way, String reason) {

    /** What was changed. */
    public enum Kind {
        MEASURE("measure"), KEY_ACTION("key action"), YEAR("year setting");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String BAND_EDGES = "band_edges";

    /** The framework file's columns that make up a measure's rating rule: what its RAG is judged by. */
    public static final Set<String> RULE_COLUMNS = Set.of("target", "floor", "tolerance_pct", "rag_scheme",
            "polarity", "aggregation", "profile_q1", "profile_q2", "profile_q3", "profile_q4");
}
