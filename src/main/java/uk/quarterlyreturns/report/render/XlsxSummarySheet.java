package uk.quarterlyreturns.report.render;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import uk.quarterlyreturns.report.BreakdownRow;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.ComplianceRow;
import uk.quarterlyreturns.report.ComplianceStatement;
import uk.quarterlyreturns.report.ExecutiveSummary;
import uk.quarterlyreturns.report.SummaryRow;
import uk.quarterlyreturns.report.SummaryTable;

/** The "Summary" sheet: cover facts, headline counts, the five-point breakdown, the Kent-style tables and compliance. */
final class XlsxSummarySheet {

    /** Where the status counts start, so readers (and tests) find them in the same place every quarter. */
    static final int STATUS_HEADER_ROW = 5;

    private XlsxSummarySheet() {
    }

    static void write(Sheet sheet, XlsxCells cells, CompiledReport report) {
        ExecutiveSummary s = report.summary();
        cells.boldText(XlsxCells.row(sheet, 0), 0, report.cover().title());
        cells.text(XlsxCells.row(sheet, 1), 0, report.cover().organisation() + ", " + report.cover().period());
        cells.text(XlsxCells.row(sheet, 2), 0, report.cover().statusText());
        cells.text(XlsxCells.row(sheet, 3), 0, report.cover().versionText());
        if (report.cover().changeNote() != null) {
            // why a corrected version replaces the last, as its title page says; in the row before the counts
            cells.text(XlsxCells.row(sheet, 4), 0, "Change note: " + report.cover().changeNote());
        }

        boolean previous = s.previousShares() != null;
        cells.headers(sheet, STATUS_HEADER_ROW, previous
                ? new String[] {"Status", "Count", "Percentage", s.previousQuarterName() + " percentage"}
                : new String[] {"Status", "Count", "Percentage"});
        int r = STATUS_HEADER_ROW + 1;
        r = status(sheet, cells, r, "On track", s.counts().onTrack(), s.shares().onTrack(),
                previous ? s.previousShares().onTrack() : null);
        r = status(sheet, cells, r, "At risk", s.counts().atRisk(), s.shares().atRisk(),
                previous ? s.previousShares().atRisk() : null);
        r = status(sheet, cells, r, "Off track", s.counts().offTrack(), s.shares().offTrack(),
                previous ? s.previousShares().offTrack() : null);
        r = status(sheet, cells, r, "Missing", s.counts().missing(), s.shares().missing(),
                previous ? s.previousShares().missing() : null);
        r = status(sheet, cells, r, "Not due (counted apart)", s.notDue(), null, null);
        r = status(sheet, cells, r, "No RAG (counted apart)", s.noRag(), null, null);
        cells.text(XlsxCells.row(sheet, ++r), 0, s.sentence());
        if (s.previousSentence() != null) {
            cells.text(XlsxCells.row(sheet, ++r), 0, s.previousSentence());
        }
        r += 2;
        r = fivePoint(sheet, cells, r, s) + 1;
        for (SummaryTable table : s.tables()) {
            r = kent(sheet, cells, r, table) + 1;
        }
        compliance(sheet, cells, r, report.compliance());
        XlsxCells.printAsTable(sheet, -1);
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c <= 8; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
    }

    private static int status(Sheet sheet, XlsxCells cells, int r, String name, int count, Integer share,
                              Integer previous) {
        Row row = XlsxCells.row(sheet, r);
        cells.text(row, 0, name);
        cells.integer(row, 1, count);
        if (share != null) {
            cells.share(row, 2, share);
        }
        if (previous != null) {
            cells.share(row, 3, previous);
        }
        return r + 1;
    }

    /** The count of each status on the five-point scale, beside the summary word it counts under. */
    private static int fivePoint(Sheet sheet, XlsxCells cells, int r, ExecutiveSummary s) {
        cells.boldText(XlsxCells.row(sheet, r++), 0, "Five-point breakdown");
        cells.headers(sheet, r++, "Rating", "Code", "Counted as", "Count");
        for (BreakdownRow b : s.fivePoint()) {
            Row row = XlsxCells.row(sheet, r++);
            cells.rag(row, 0, b.rag(), b.label());
            cells.rag(row, 1, b.rag(), b.code());
            cells.text(row, 2, b.group());
            cells.integer(row, 3, b.count());
        }
        Row total = XlsxCells.row(sheet, r++);
        cells.boldText(total, 0, "All actions and measures");
        cells.integer(total, 3, s.fivePointTotal());
        return r;
    }

    /** Returns the row after the table. */
    private static int kent(Sheet sheet, XlsxCells cells, int r, SummaryTable table) {
        cells.boldText(XlsxCells.row(sheet, r++), 0, table.caption());
        cells.headers(sheet, r++, table.groupHeading(), "G (on track)", "A (at risk)", "R (off track)",
                "Missing", "Improved", "Unchanged", "Worsened");
        for (SummaryRow row : table.rows()) {
            kentRow(XlsxCells.row(sheet, r++), cells, row);
        }
        kentRow(XlsxCells.row(sheet, r++), cells, table.total());
        return r;
    }

    private static void kentRow(Row row, XlsxCells cells, SummaryRow data) {
        cells.text(row, 0, data.name());
        int[] values = {data.green(), data.amber(), data.red(), data.missing(), data.improved(),
                data.unchanged(), data.worsened()};
        for (int i = 0; i < values.length; i++) {
            cells.integer(row, i + 1, values[i]);
        }
    }

    private static void compliance(Sheet sheet, XlsxCells cells, int r, ComplianceStatement c) {
        cells.boldText(XlsxCells.row(sheet, r++), 0, "Compliance");
        // not yet due (a draft's, or an extension still running) apart from missing, as the report's sentence says
        cells.headers(sheet, r++, "Returns due", "In on time", "In late", "Missing", "Not yet in",
                "In at three weeks", "Days to 95%", "Chases sent", "Agreed extensions");
        Row row = XlsxCells.row(sheet, r++);
        cells.integer(row, 0, c.returnsDue());
        cells.integer(row, 1, c.inOnTime());
        cells.integer(row, 2, c.inLate());
        cells.integer(row, 3, c.missing());
        cells.integer(row, 4, c.notYetIn());
        if (c.inAtThreeWeeksPct() != null) {
            cells.share(row, 5, c.inAtThreeWeeksPct());
        }
        if (c.daysTo95() != null) {
            cells.integer(row, 6, c.daysTo95());
        }
        cells.integer(row, 7, c.chasesSent());
        cells.integer(row, 8, c.extended());
        cells.text(XlsxCells.row(sheet, r++), 0, c.ninetyFive());
        cells.text(XlsxCells.row(sheet, r++), 0, c.statement());
        r++;
        cells.headers(sheet, r++, "Service", "Director", "Return status", "First submitted", "On time",
                "Reminders sent", "Escalations");
        for (ComplianceRow s : c.services()) {
            Row line = XlsxCells.row(sheet, r++);
            cells.text(line, 0, s.service());
            cells.text(line, 1, s.director());
            cells.text(line, 2, s.status());
            cells.text(line, 3, s.firstSubmitted());
            cells.text(line, 4, s.timeliness());
            cells.integer(line, 5, s.remindersSent());
            cells.integer(line, 6, s.escalations());
        }
    }
}
