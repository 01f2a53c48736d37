package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.util.List;
import uk.quarterlyreturns.framework.Unit;

/** The appendix of activity indicators: demand figures against the range the council expects. */
final class ActivityAppendix {

    private ActivityAppendix() {
    }

    static List<ActivityRow> compile(List<MeasureLine> measures, int quarter) {
        return measures.stream().filter(MeasureLine::hasThresholds).map(m -> row(m, quarter)).toList();
    }

    private static ActivityRow row(MeasureLine m, int quarter) {
        BigDecimal value = m.quarterValues().get(quarter - 1);
        String note = value == null ? null : note(m);
        // with no figure, the words of the theme's table ("Not due", "Not available: …", "Missing")
        String valueText = value == null ? QuarterCells.quarterCells(m, quarter).get(quarter - 1)
                : Figures.value(value, m.unit(), m.decimals()) + (note == null ? "" : " " + note);
        String status = m.activity() == null ? "Not assessed" : m.activity().label();
        return new ActivityRow(m.code(), Figures.measureText(m), valueText, bound(m, m.lowerThreshold()),
                bound(m, m.upperThreshold()), status, value, m.lowerThreshold(), m.upperThreshold(),
                m.unit(), m.decimals(), note);
    }

    /** "(provisional)", "(for Q1 (Apr-Jun 2017))" (demand of the quarter before, not this one's), both, or null. */
    private static String note(MeasureLine m) {
        String note = (QuarterCells.provisional(m) + (m.inArrears() ? " (for " + m.arrearsPeriod() + ")" : "")).strip();
        return note.isEmpty() ? null : note;
    }

    private static String bound(MeasureLine m, BigDecimal bound) {
        return bound == null ? "" : Figures.value(bound, m.unit(), Unit.placesAsJudged(bound, m.decimals()));
    }
}
