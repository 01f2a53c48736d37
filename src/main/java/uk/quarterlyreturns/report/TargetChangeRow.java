package uk.quarterlyreturns.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of "Changes to targets during the year", every cell formatted.
 *
 * @param code      the measure's code
 * @param measure   the source tag in brackets, then the title, as the theme tables print it
 * @param what      "Target", "Floor", "Q2 profile", ...
 * @param from      the value before, in the measure's unit
 * @param to        the value after
 * @param changedOn "12/10/2026"
 * @param reason    the reason given, or "No reason given"
 */
public record TargetChangeRow(String code, String measure, String what, String from, String to, String changedOn,
                              String reason) {

    /** The rows of the report's measures whose rating rule moved, in framework order, each measure's oldest first. */
    static List<TargetChangeRow> of(List<MeasureLine> measures) {
        List<TargetChangeRow> rows = new ArrayList<>();
        for (MeasureLine m : measures) {
            for (TargetChange c : m.targetChanges()) {
                rows.add(new TargetChangeRow(m.code(), Figures.measureText(m), TargetChangeWords.what(c.what()),
                        TargetChangeWords.value(c.what(), c.from(), m.unit()),
                        TargetChangeWords.value(c.what(), c.to(), m.unit()),
                        TargetChangeWords.UK_DATE.format(c.changedOn()),
                        c.reason() == null ? TargetChangeWords.NO_REASON : c.reason()));
            }
        }
        return rows;
    }
}
