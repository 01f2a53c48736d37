package uk.quarterlyreturns.report.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import uk.quarterlyreturns.framework.Comparison;
import uk.quarterlyreturns.framework.Unit;
import uk.quarterlyreturns.framework.YearToDateWords;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.MeasureRow;
import uk.quarterlyreturns.report.ThemeSection;

/** One theme's measures: a row each, figures as numbers, RAG cells in colour, header frozen and filtered. */
final class XlsxMeasureSheet {

    /** The column naming the quarter a figure reported a quarter in arrears covers; empty for the rest. */
    static final String ARREARS = "Figure for (reported in arrears)";
    /** The column saying how a measure's target or rating rule moved during the year; empty for the rest. */
    static final String TARGET_CHANGED = "Target changed during the year";
    /** The count behind a rate, "380/664", as the report prints it beside the figure "57.2% (380/664)". */
    static final String WORKED_OUT_FROM = "Worked out from (numerator/denominator)";
    /** The annual floor standard dividing Amber from Red, for a measure rated against a target and floor. */
    static final String FLOOR = "Floor";
    /** How far short of target, in percent of it, is still Amber, for a measure rated against a tolerance. */
    static final String TOLERANCE = "Tolerance %";

    private XlsxMeasureSheet() {
    }

    static void write(Sheet sheet, XlsxCells cells, CompiledReport report, ThemeSection theme) {
        List<String> headers = new ArrayList<>(List.of("Ref", "Source", "Measure", "Service", "Directorate"));
        headers.addAll(report.historyYears());
        headers.addAll(List.of("Target", "Target note"));
        headers.addAll(report.quarterHeadings());
        headers.addAll(List.of("Status this quarter", "Provisional", "Revised since reported provisional",
                "Year to date", "Missing from year to date", "Unit", "RAG", "RAG label", "RAG note",
                "Direction of travel", "Compared with", "Comparison figure", "Reasons for performance",
                "Actions planned"));
        // last, so that every other column keeps its place
        headers.add(ARREARS);
        headers.add(TARGET_CHANGED);
        headers.add(WORKED_OUT_FROM);
        headers.add(FLOOR);
        headers.add(TOLERANCE);
        cells.headers(sheet, 0, headers.toArray(String[]::new));
        int r = 1;
        for (MeasureRow row : theme.measureRows()) {
            write(XlsxCells.row(sheet, r++), cells, report, row);
        }
        XlsxCells.table(sheet, headers.size());
        int years = report.historyYears().size();
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 24 * 256);
        sheet.setColumnWidth(4, 24 * 256);
        sheet.setColumnWidth(headers.indexOf("Reasons for performance"), 60 * 256);
        sheet.setColumnWidth(headers.indexOf("Actions planned"), 60 * 256);
        sheet.setColumnWidth(headers.indexOf(ARREARS), 24 * 256);
        sheet.setColumnWidth(headers.indexOf(TARGET_CHANGED), 40 * 256);
        sheet.setColumnWidth(headers.indexOf(WORKED_OUT_FROM), 16 * 256);
        sheet.setColumnWidth(headers.indexOf(FLOOR), 12 * 256);
        sheet.setColumnWidth(headers.indexOf(TOLERANCE), 12 * 256);
        for (int c = 5; c < 5 + years + 11; c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
    }

    private static void write(Row out, XlsxCells cells, CompiledReport report, MeasureRow row) {
        MeasureLine m = row.line();
        int c = 0;
        cells.text(out, c++, m.code());
        cells.text(out, c++, m.source());
        cells.wrappedText(out, c++, m.title());
        cells.text(out, c++, m.service());
        cells.text(out, c++, m.directorate());
        for (int i = 0; i < report.historyYears().size(); i++, c++) {
            cells.number(out, c, m.outturns().get(i), m.outturnUnit(i), m.outturnDecimals(i));
        }
        target(out, c, cells, m);
        c += 2;
        // quarters after the reported one stay blank, as in the printed report: a correction compiled once the
        // next quarter's figures are coming in must not publish them
        for (int q = 0; q < 4; q++, c++) {
            if (q < report.quarter()) {
                cells.number(out, c, m.quarterValues().get(q), m.unit(), m.decimals());
            }
        }
        // "Missing" or "Not due" in a column of its own, so the quarter columns hold numbers only
        if (m.quarterValues().get(report.quarter() - 1) == null) {
            cells.text(out, c, row.quarters().get(report.quarter() - 1));
        }
        c++;
        // which figures are provisional, as the printed report marks them "p": its quarters, and a year to date
        // adding one up
        cells.text(out, c++, row.provisionalQuarters(report.quarter()));
        cells.text(out, c++, row.revisedQuarters());
        if (m.cumulative()) {
            cells.number(out, c, m.yearToDate().get(report.quarter() - 1), m.unit(), m.decimals());
        }
        c++;
        // "Q1": the earlier quarters with no figure, whose share of the target the year to date was not judged on
        cells.text(out, c++, m.yearToDateMissing().isEmpty() ? null : YearToDateWords.quarters(m.yearToDateMissing()));
        cells.text(out, c++, unit(m.unit()));
        cells.rag(out, c++, m.rag(), row.rag().code());
        cells.rag(out, c++, m.rag(), row.rag().label());
        cells.wrappedText(out, c++, row.rag().overrideNote());
        cells.text(out, c++, row.directionWord());
        // what the direction was judged against, beside it: the figure as a number, its period in words
        Comparison compared = m.comparedWith();
        cells.text(out, c++, compared == null ? null : compared.label());
        cells.number(out, c++, compared == null ? null : compared.value(), m.unit(), m.decimals());
        cells.wrappedText(out, c++, m.reasons());
        cells.wrappedText(out, c++, m.actionsPlanned());
        // a measure reported a quarter in arrears: the quarter its figure covers, "Q1 (Apr-Jun 2026)"
        cells.text(out, c++, m.arrearsPeriod());
        // "Target 60% to 55% on 12/10/2026": the goalposts moved since the year's first published report
        cells.wrappedText(out, c++, row.targetChanges());
        cells.text(out, c++, m.ratio());
        // what divides its Amber from Red: the floor as the target is written, the tolerance as a percentage
        number(out, c++, cells, m.floor(), m.unit());
        number(out, c, cells, m.tolerancePct(), Unit.PERCENT);
    }

    /**
     * A numeric target as a number, at the places it was written to as the report prints it (60, not 60.0); words
     * ("No target", "TBA") in the note column beside it.
     */
    private static void target(Row out, int c, XlsxCells cells, MeasureLine m) {
        String text = m.targetText();
        try {
            number(out, c, cells, new BigDecimal(text.trim().replace(",", "")), m.unit());
        } catch (NumberFormatException | NullPointerException notANumber) {
            cells.text(out, c + 1, text == null || text.isBlank() ? "No target" : text.trim());
        }
    }

    /** A target, floor or tolerance as a number at the places it was written to (60, not 60.0); null: nothing. */
    private static void number(Row out, int c, XlsxCells cells, BigDecimal setting, Unit unit) {
        if (setting != null) {
            cells.number(out, c, setting, unit, Unit.placesAsWritten(setting));
        }
    }

    private static String unit(Unit unit) {
        return unit.written();
    }
}
