package uk.quarterlyreturns.report.render;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import uk.quarterlyreturns.report.ActionRow;
import uk.quarterlyreturns.report.ActivityRow;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.ThemeSection;
import uk.quarterlyreturns.framework.Unit;

/** The "Key actions" and "Activity" sheets: plain lists, one row per item, header frozen and filtered. */
final class XlsxListSheets {

    private XlsxListSheets() {
    }

    static void keyActions(Sheet sheet, XlsxCells cells, CompiledReport report) {
        cells.headers(sheet, 0, "Theme", "Ref", "Key action", "Service", "Directorate", "Outcome",
                "Status", "Status label", "Progress", "Reasons for performance", "Actions planned");
        int r = 1;
        for (ThemeSection theme : report.themes()) {
            for (ActionRow a : theme.actions()) {
                Row row = XlsxCells.row(sheet, r++);
                cells.text(row, 0, theme.name());
                cells.text(row, 1, a.ref());
                cells.wrappedText(row, 2, a.title());
                cells.text(row, 3, a.service());
                cells.text(row, 4, a.directorate());
                cells.wrappedText(row, 5, a.outcome());
                cells.rag(row, 6, a.status().rag(), a.status().code());
                cells.rag(row, 7, a.status().rag(), a.status().label());
                cells.wrappedText(row, 8, a.commentary());
                cells.wrappedText(row, 9, a.reasons());
                cells.wrappedText(row, 10, a.actionsPlanned());
            }
        }
        XlsxCells.table(sheet, 11);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(5, 30 * 256);
        for (int c = 8; c <= 10; c++) {
            sheet.setColumnWidth(c, 50 * 256);
        }
    }

    static void activity(Sheet sheet, XlsxCells cells, CompiledReport report) {
        cells.headers(sheet, 0, "Ref", "Indicator", "Value", "Value note", "Lower threshold", "Upper threshold",
                "Status");
        int r = 1;
        for (ActivityRow a : report.activity()) {
            Row row = XlsxCells.row(sheet, r++);
            cells.text(row, 0, a.ref());
            cells.wrappedText(row, 1, a.indicator());
            // the note printed beside the figure ("(provisional)"), or with no figure the words in its place
            if (a.valueNumber() != null) {
                cells.number(row, 2, a.valueNumber(), a.unit(), a.decimals());
                cells.text(row, 3, a.valueNote());
            } else {
                cells.text(row, 3, a.value());
            }
            cells.number(row, 4, a.lowerNumber(), a.unit(), Unit.placesAsJudged(a.lowerNumber(), a.decimals()));
            cells.number(row, 5, a.upperNumber(), a.unit(), Unit.placesAsJudged(a.upperNumber(), a.decimals()));
            cells.text(row, 6, a.status());
        }
        XlsxCells.table(sheet, 7);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(6, 26 * 256);
    }
}
