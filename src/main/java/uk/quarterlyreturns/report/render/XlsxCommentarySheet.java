package uk.quarterlyreturns.report.render;

import org.apache.poi.ss.usermodel.Sheet;
import uk.quarterlyreturns.report.CompiledReport;

/** The "Commentary" sheet: the executive summary's words, a paragraph a row, as the report prints them. */
final class XlsxCommentarySheet {

    private XlsxCommentarySheet() {
    }

    static void write(Sheet sheet, XlsxCells cells, CompiledReport report) {
        cells.headers(sheet, 0, "Executive summary");
        int r = 1;
        cells.wrappedText(XlsxCells.row(sheet, r++), 0, report.summary().introduction());
        cells.wrappedText(XlsxCells.row(sheet, r++), 0, report.summary().sentence());
        if (report.summary().previousSentence() != null) {
            cells.wrappedText(XlsxCells.row(sheet, r++), 0, report.summary().previousSentence());
        }
        cells.wrappedText(XlsxCells.row(sheet, r++), 0, report.compliance().summaryParagraph());
        for (String paragraph : report.summary().commentary()) {
            cells.wrappedText(XlsxCells.row(sheet, r++), 0, paragraph);
        }
        if (report.summary().commentary().isEmpty()) {
            cells.wrappedText(XlsxCells.row(sheet, r), 0, "The performance team wrote no commentary this quarter.");
        }
        sheet.setColumnWidth(0, 120 * 256);
        XlsxCells.printAsTable(sheet, 0);
    }
}
