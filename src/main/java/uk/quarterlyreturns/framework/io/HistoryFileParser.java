package uk.quarterlyreturns.framework.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.Unit;

/**
 * Reads a history file of past outturns and quarter values, all or nothing. Whether each code is in
 * the framework is for the caller to check: this class knows only the file.
 */
public final class HistoryFileParser {

    public static final List<String> REQUIRED = List.of("code", "year", "value");
    public static final List<String> OPTIONAL = List.of("quarter", "unit");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    private HistoryFileParser() {
    }

    /** @throws ImportRejectedException naming every bad row and column */
    public static List<HistoryRow> parse(TabularFile file) {
        ParsedFile<HistoryRow> parsed = read(file);
        parsed.rejectIf(List.of());
        return parsed.values();
    }

    /** The good rows, numbered, and the errors of the others, for a caller with checks of its own to add. */
    public static ParsedFile<HistoryRow> read(TabularFile file) {
        ImportCheck check = ImportCheck.of(file, REQUIRED, OPTIONAL);
        Map<Object, Integer> figures = new HashMap<>();
        List<Numbered<HistoryRow>> rows = new ArrayList<>();
        for (TabularRow row : check.rows()) {
            RowCells cells = check.row(row);
            String code = cells.code();
            String year = year(cells);
            BigDecimal value = cells.requiredNumber("value");
            Integer quarter = cells.wholeNumber("quarter", 1, 4, "the quarter");
            boolean quarterRead = cells.isEmpty("quarter") || quarter != null;
            if (code != null && year != null && quarterRead) {
                cells.unique("code", List.of(code.toLowerCase(Locale.ROOT), year, String.valueOf(quarter)),
                        figures, "The figure for " + code + " in " + year
                                + (quarter == null ? "" : " Q" + quarter));
            }
            String unit = unit(cells, quarter);
            if (!cells.hasErrors()) {
                rows.add(cells.numbered(new HistoryRow(code, year, value, quarter, unit)));
            }
        }
        return check.result(rows);
    }

    /**
     * The unit a year's outturn was published in, when not the measure's. Quarter figures feed direction of
     * travel and trends, so they must be in the measure's own unit.
     */
    private static String unit(RowCells cells, Integer quarter) {
        String text = cells.get("unit");
        if (text.isEmpty()) {
            return null;
        }
        if (quarter != null || !cells.isEmpty("quarter")) {
            cells.error("unit", "Only a year's outturn may have its own unit: a quarter's figure is compared with"
                    + " this year's, so leave the unit empty and give it in the measure's unit");
            return null;
        }
        try {
            return Unit.of(text).written();
        } catch (IllegalArgumentException e) {
            cells.error("unit", e.getMessage());
            return null;
        }
    }

    /** A reporting year such as 2016-17: the second part is the year after the first. */
    private static String year(RowCells cells) {
        String text = cells.get("year");
        if (text.isEmpty()) {
            cells.error("year", "Must not be empty: write the year like 2016-17");
            return null;
        }
        Matcher year = YEAR.matcher(text);
        if (!year.matches() || (Integer.parseInt(year.group(1)) + 1) % 100 != Integer.parseInt(year.group(2))) {
            cells.error("year", "Write the year like 2016-17: the year it starts, a dash, and the last two"
                    + " digits of the next year");
            return null;
        }
        return text;
    }
}
