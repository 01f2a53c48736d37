package uk.quarterlyreturns.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.ThemeSection;

/**
 * The report as a spreadsheet for analysts: "Summary", "Commentary", one sheet per theme with its
 * measures, then "Key actions", "Highlight reports" (when any service gives one) and "Activity". Every table sheet has a frozen, filtered header row and
 * prints landscape, as wide as the page.
 */
public final class XlsxReportRenderer {

    static final String SUMMARY = "Summary";
    static final String KEY_ACTIONS = "Key actions";
    static final String ACTIVITY = "Activity";
    static final String COMMENTARY = "Commentary";
    static final String HIGHLIGHTS = "Highlight reports";
    /** Rows of a sheet held in memory while it is written; the sheets only ever write forwards. */
    private static final int ROWS_HELD = 500;

    public byte[] render(CompiledReport report) {
        Objects.requireNonNull(report, "report");
        // streamed: rows beyond the window go to a compressed temporary file, and strings are written in their
        // cells, where a workbook held whole took a gigabyte and 7 s for 20,000 measures, most of it indexing strings
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_HELD);
        workbook.setCompressTempFiles(true);
        try (workbook) {
            XlsxCells cells = new XlsxCells(workbook);
            XlsxSummarySheet.write(workbook.createSheet(SUMMARY), cells, report);
            XlsxCommentarySheet.write(workbook.createSheet(COMMENTARY), cells, report);
            Set<String> taken = new HashSet<>(Set.of(lower(SUMMARY), lower(COMMENTARY), lower(KEY_ACTIONS),
                    lower(ACTIVITY), lower(HIGHLIGHTS)));
            for (ThemeSection theme : report.themes()) {
                XlsxMeasureSheet.write(workbook.createSheet(sheetName(theme.name(), taken)), cells, report, theme);
            }
            XlsxListSheets.keyActions(workbook.createSheet(KEY_ACTIONS), cells, report);
            if (!report.highlights().isEmpty()) {
                XlsxHighlightSheet.write(workbook.createSheet(HIGHLIGHTS), cells, report);
            }
            XlsxListSheets.activity(workbook.createSheet(ACTIVITY), cells, report);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be written as a spreadsheet", e);
        } finally {
            workbook.dispose(); // its temporary files
        }
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name, and no two names that differ only in case. */
    static String sheetName(String theme, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(theme == null || theme.isBlank() ? "Theme" : theme);
        String name = base;
        for (int n = 2; taken.contains(lower(name)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(lower(name));
        return name;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
