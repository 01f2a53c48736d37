package uk.quarterlyreturns.framework;

import java.time.Clock;
import java.time.Instant;
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

    FrameworkHistory(MeasureCopy copy, Clock clock) {
        this.copy = copy;
        this.clock = clock;
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
