package uk.quarterlyreturns.report.render;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.HighlightLine;

/** The "Highlight reports" sheet: a row per service asked for one, header frozen and filtered. */
final class XlsxHighlightSheet {

    private XlsxHighlightSheet() {
    }

    static void write(Sheet sheet, XlsxCells cells, CompiledReport report) {
        cells.headers(sheet, 0, "Service", "Directorate", "Current issues", "Improvements",
                "Head of service's narrative");
        int r = 1;
        for (HighlightLine h : report.highlights()) {
            Row row = XlsxCells.row(sheet, r++);
            cells.text(row, 0, h.service());
            cells.text(row, 1, h.directorate());
            // one not given says why in each of its cells, as a Missing figure does, rather than leaving them blank
            cells.wrappedText(row, 2, h.missing() != null ? h.missing() : given(h.currentIssues()));
            cells.wrappedText(row, 3, h.missing() != null ? h.missing() : given(h.improvements()));
            cells.wrappedText(row, 4, h.missing() != null ? h.missing() : given(h.narrative()));
        }
        XlsxCells.table(sheet, 5);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        for (int c = 2; c <= 4; c++) {
            sheet.setColumnWidth(c, 60 * 256);
        }
    }

    /** A field left empty, in the words the PDF prints for it (report.html), not a blank cell. */
    private static String given(String field) {
        return field != null ? field : "None given.";
    }
}
