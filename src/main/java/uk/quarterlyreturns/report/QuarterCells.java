package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.YearToDateWords;

/** How a measure's Q1 to Q4 cells read in the report: its figures, "Missing", "Not due" and what is provisional. */
final class QuarterCells {

    static final String MISSING = "Missing";
    static final String NOT_DUE = "Not due";

    private QuarterCells() {
    }

    /**
     * Q1 to Q4 cells. Quarters after the reported one are blank. The reported quarter shows "Not due"
     * or "Missing" when its RAG says so; an earlier quarter with no figure is blank, as the report
     * does not know that quarter's RAG. A cumulative measure shows its year to date from Q2 on:
     * "60 (122 cum)", or "30 (30 cum to date, Q1 missing)" when an earlier quarter has no figure.
     */
    static List<String> quarterCells(MeasureLine m, int reportedQuarter) {
        List<String> cells = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            cells.add(q > reportedQuarter ? "" : quarterCell(m, q, q == reportedQuarter));
        }
        return cells;
    }

    private static String quarterCell(MeasureLine m, int q, boolean reported) {
        if (reported && m.rag() == Rag.NOT_DUE) {
            return NOT_DUE;
        }
        BigDecimal own = m.quarterValues().get(q - 1);
        if (own == null) {
            if (reported && m.notAvailableReason() != null) {
                return "Not available: " + m.notAvailableReason();
            }
            return reported && m.rag() == Rag.MISSING ? missing(m.missingReason()) : "";
        }
        String cell = Figures.value(own, m.unit(), m.decimals());
        if (reported && m.ratio() != null) {
            // "57.2% (380/664)": the count behind a rate, as the return gave it
            cell += " (" + m.ratio() + ")";
        }
        BigDecimal toDate = m.yearToDate().get(q - 1);
        if (m.cumulative() && toDate != null && q > 1) {
            cell += " (" + YearToDateWords.cum(Figures.value(toDate, m.unit(), m.decimals()), m.yearToDateMissing(q))
                    + ")";
        }
        return cell;
    }

    /** " (provisional)" after a figure its service marked provisional, where no key says what "p" means. */
    static String provisional(MeasureLine m) {
        return m.provisional() ? " (provisional)" : "";
    }

    /**
     * After the reported quarter's figure in words: " (provisional)", or, for a final figure whose year to date adds
     * up an earlier provisional one, " (year to date includes provisional Q1)".
     */
    static String provisional(MeasureLine m, int quarter) {
        if (m.provisional() || !m.yearToDateProvisional(quarter, quarter)) {
            return provisional(m);
        }
        List<String> earlier = java.util.stream.IntStream.range(1, quarter).filter(q -> m.provisional(q, quarter))
                .mapToObj(q -> "Q" + q).toList();
        return " (year to date includes provisional " + String.join(", ", earlier) + ")";
    }

    /** "Missing", or "Missing: sent back for rework, …" when the reader needs telling why. */
    static String missing(String reason) {
        return reason == null ? MISSING : MISSING + ": " + reason;
    }
}
