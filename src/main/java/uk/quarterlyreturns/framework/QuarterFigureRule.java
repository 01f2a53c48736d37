package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.Optional;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.Numbered;
import uk.quarterlyreturns.framework.io.ValueRow;

/**
 * Whether a values file row may give its measure a figure for a quarter: one rule for the values feed and a
 * return's upload, so both refuse the same rows in the same words. A figure for a quarter the measure is not due
 * in (an annual measure outside its due quarter) is refused: its return shows the measure as Not due, and a figure
 * kept there would be seen nowhere, or counted where it should not be.
 */
public final class QuarterFigureRule {

    private static final RagEngine RULES = new RagEngine();

    private QuarterFigureRule() {
    }

    /**
     * The row's problem for this measure and quarter (not due, else a value that is not its ratio, else a figure its
     * unit cannot have, such as a percentage over 100), if any. A file brings figures from elsewhere: one the return
     * could only show as an error is refused with the file, rather than left for the service to find.
     */
    public static Optional<ImportError> problem(Numbered<ValueRow> row, Measure measure, int quarter) {
        if (!isDue(measure, quarter)) {
            return Optional.of(new ImportError(row.rowNumber(), "code", notDue(measure, quarter)));
        }
        return FigureImport.ratioMismatch(row.row(), measure).or(() -> invalid(row.row(), measure))
                .map(why -> new ImportError(row.rowNumber(), "value", why));
    }

    private static Optional<String> invalid(ValueRow row, Measure measure) {
        BigDecimal figure = FigureImport.figureOf(row, measure);
        return ValueValidity.error(measure.definition().unit(), figure).map(error -> row.value() != null ? error
                : error + " (" + row.numerator().toPlainString() + " / " + row.denominator().toPlainString()
                        + " makes " + figure.toPlainString() + ")");
    }

    /**
     * A quarterly measure is always due; an annual one only in its due quarter; neither before the quarter it is
     * reported from nor after the quarter it is reported until.
     */
    public static boolean isDue(Measure measure, int quarter) {
        return RULES.isDue(measure.rule(), quarter) && ReportedUntil.reportedIn(measure, quarter);
    }

    /** Why a figure for this measure is refused in a quarter it is not due in. */
    public static String notDue(Measure measure, int quarter) {
        Integer from = measure.reportedFrom();
        if (from != null && quarter < from) {
            return ReportedUntil.notYetAsked(measure.code(), from, quarter);
        }
        Integer until = measure.definition().reportedUntil();
        if (until != null && quarter > until) {
            return ReportedUntil.notAsked(measure.code(), until, quarter);
        }
        return measure.code() + " is not due in Q" + quarter + ": it is an annual measure, reported in Q"
                + measure.definition().dueQuarter() + " only";
    }
}
