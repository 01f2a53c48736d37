package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.math.BigDecimal;
import uk.quarterlyreturns.framework.MeasureRule;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.Target;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.Unit;
import uk.quarterlyreturns.framework.YearToDateWords;
import uk.quarterlyreturns.framework.ui.FigureText;
import uk.quarterlyreturns.returns.ReturnSheet;

/** The figures a measure is judged with: three years' outturns, this year's earlier quarters, the target. */
final class MeasureFacts {

    private MeasureFacts() {
    }

    static NativeTable of(ReturnSheet sheet, MeasureStatus m) {
        Unit unit = m.measure().definition().unit();
        Integer decimals = m.measure().definition().decimals();
        NativeTable table = new NativeTable();
        table.addClassName("measure-facts");
        table.getElement().setAttribute("aria-label", "Figures for " + m.measure().code());
        NativeTableRow head = table.getHead().addRow();
        NativeTableRow row = table.getBody().addRow();
        for (String year : sheet.outturnYears()) {
            cell(head, row, year.replace('-', '/') + " outturn",
                    FigureText.outturn(sheet.outturn(m.measure().id(), year), unit, decimals));
        }
        for (int q = 1; q < m.quarter(); q++) {
            BigDecimal figure = q <= m.quarterValues().size() ? m.quarterValues().get(q - 1) : null;
            cell(head, row, "Q" + q, FigureText.of(figure, unit, decimals));
        }
        Target target = m.measure().definition().target();
        boolean notDue = m.ragComputed() == Rag.NOT_DUE;
        cell(head, row, targetHeader(m, notDue), FigureText.target(notDue ? target.value() : m.target(), target, unit,
                decimals));
        var d = m.measure().definition();
        if (d.lowerThreshold() != null || d.upperThreshold() != null) {
            cell(head, row, "Expected range", FigureText.asJudged(d.lowerThreshold(), unit, decimals) + " to "
                    + FigureText.asJudged(d.upperThreshold(), unit, decimals));
        }
        return table;
    }

    /** An annual measure out of its quarter has no target for this one: its target is the year's, due later. */
    private static String targetHeader(MeasureStatus m, boolean notDue) {
        MeasureRule rule = m.measure().rule();
        if (notDue) {
            return "Annual target (due in Q" + rule.dueQuarter() + ")";
        }
        if (!rule.addsUpQuarters()) {
            return "Target Q" + m.quarter();
        }
        // the target of the quarters in: with Q1 missing, Q2's year to date is judged against Q2's share only
        String missing = YearToDateWords.missing(m.missingQuarters());
        return "Target Q" + m.quarter() + " (year to date" + (missing.isEmpty() ? "" : ", " + missing) + ")";
    }

    private static void cell(NativeTableRow head, NativeTableRow row, String header, String value) {
        head.addHeaderCell().setText(header);
        row.addDataCell().setText(value);
    }
}
