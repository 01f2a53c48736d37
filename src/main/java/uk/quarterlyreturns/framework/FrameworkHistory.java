package uk.quarterlyreturns.framework;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the changes of one save to the year's framework history, in the save's transaction, so that no change goes
 * unrecorded and a refused one leaves nothing. All of a file's changes go in one COPY, as its measures do: a file of
 * 10,000 new measures adds 10,000 rows to the history at the cost of one statement.
 */
@Component
public class FrameworkHistory {

    private static final String COPY = "copy framework_event (year_id, year_label, kind, code, what, from_value,"
            + " to_value, changed_by, changed_at, way, reason) from stdin with (format csv)";

    private final MeasureCopy copy;
    private final Clock clock;
    private final JdbcClient jdbc;

    FrameworkHistory(MeasureCopy copy, Clock clock, JdbcClient jdbc) {
        this.copy = copy;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Each measure removed from the year with its rating rule kept, by code in lower case (codes match in any
     * letters): the rule's columns as its latest removal kept them, a column with no value left out.
     */
    Map<String, Map<String, String>> removedRules(ReportingYear year) {
        Map<String, Map<String, String>> rules = new HashMap<>();
        jdbc.sql("""
                select lower(e.code), e.what, e.from_value from framework_event e
                join (select lower(code) as code, max(changed_at) as at from framework_event
                      where year_id = :y and kind = 'MEASURE' and what = :removed group by lower(code)) r
                  on r.code = lower(e.code) and r.at = e.changed_at
                where e.year_id = :y and e.kind = 'MEASURE' and e.what <> :removed""")
                .param("y", year.id()).param("removed", FrameworkEvent.REMOVED)
                .query((rs, n) -> rules.computeIfAbsent(rs.getString(1), c -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3))).list();
        return rules;
    }

    /** Writes the trail's changes (none: nothing at all), each made now by the edit's person, way and reason. */
    public void write(ReportingYear year, FrameworkTrail trail, FrameworkEdit edit) {
        if (trail.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        StringBuilder csv = new StringBuilder(trail.changes().size() * 120);
        for (FrameworkTrail.Change change : trail.changes()) {
            csv.append(year.id()).append(',');
            MeasureCopy.text(csv, year.label());
            MeasureCopy.text(csv, change.kind().name());
            MeasureCopy.text(csv, change.code());
            MeasureCopy.text(csv, change.what());
            MeasureCopy.text(csv, change.from());
            MeasureCopy.text(csv, change.to());
            MeasureCopy.text(csv, edit.by());
            MeasureCopy.text(csv, now.toString());
            MeasureCopy.text(csv, edit.way().name());
            MeasureCopy.text(csv, edit.reason());
            csv.setLength(csv.length() - 1); // the last cell's comma
            csv.append('\n');
        }
        copy.copyIn(COPY, csv.toString());
    }
}
