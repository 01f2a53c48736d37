package uk.quarterlyreturns.framework.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;

/**
 * Reads a values file (a quarter's figures), all or nothing. Whether each code is in the framework,
 * and is in the return being filled, is for the caller to check: this class knows only the file.
 */
public final class ValuesFileParser {

    public static final List<String> REQUIRED = List.of("code", "value");
    public static final List<String> OPTIONAL = List.of("note", "numerator", "denominator");

    static final int NOTE_MAX = 2000;

    private static final List<String> FIGURE_COLUMNS = List.of("value", "note", "numerator", "denominator");

    /** What a council's system writes where it has no figure. */
    private static final Pattern NOT_AVAILABLE = Pattern.compile("(?i)n/?a|not available|unavailable");

    static final String NOT_AVAILABLE_REFUSED = "Not a number: a values file takes figures only. Leave the row out,"
            + " and mark the figure not available, with its reason, on the return's form";
    /** A return's upload has a column of its own for a figure not available (UploadedMeasureRows). */
    static final String NOT_AVAILABLE_IN_RETURN = "Not a number: to mark the figure not available, clear the value"
            + " and give the reason in the not_available_reason column";

    private ValuesFileParser() {
    }

    /** @throws ImportRejectedException naming every bad row and column */
    public static List<ValueRow> parse(TabularFile file) {
        ParsedFile<ValueRow> parsed = read(file);
        parsed.rejectIf(List.of());
        return parsed.values();
    }

    /** The good rows, numbered, and the errors of the others, for a caller with checks of its own to add. */
    public static ParsedFile<ValueRow> read(TabularFile file) {
        return read(file, false);
    }

    /**
     * Like {@link #read(TabularFile)}, leaving out the rows that give nothing: a return's own workbook lists every
     * measure, and those not due or not filled in have no value, note, numerator or denominator. Read for a return's
     * upload, where "n/a" as a value is refused pointing to its not_available_reason column.
     */
    public static ParsedFile<ValueRow> readGivenRows(TabularFile file) {
        return read(file, true);
    }

    /** Whether a row has nothing in value, note, numerator and denominator, and no unreadable cell among them. */
    public static boolean givesNothing(TabularRow row) {
        return FIGURE_COLUMNS.stream().allMatch(column -> row.get(column).isEmpty())
                && row.errors().stream().noneMatch(e -> e.column() == null
                        || FIGURE_COLUMNS.contains(e.column().toLowerCase(Locale.ROOT)));
    }

    private static ParsedFile<ValueRow> read(TabularFile file, boolean skipEmpty) {
        // A return's workbook has columns only its upload reads (reasons and the like): givesNothing passes over rows.
        ImportCheck check = ImportCheck.of(file, REQUIRED, skipEmpty ? file.headers() : OPTIONAL);
        Map<Object, Integer> codes = new HashMap<>();
        List<Numbered<ValueRow>> rows = new ArrayList<>();
        for (TabularRow row : check.rows()) {
            if (skipEmpty && givesNothing(row)) {
                continue;
            }
            RowCells cells = check.row(row);
            String code = cells.code();
            if (code != null) {
                cells.unique("code", code.toLowerCase(Locale.ROOT), codes, "The code " + code);
            }
            BigDecimal value = value(cells, skipEmpty ? NOT_AVAILABLE_IN_RETURN : NOT_AVAILABLE_REFUSED);
            // A note is free comment: "+5% on last year" is fair, so only its length is checked.
            String note = cells.freeText("note", NOTE_MAX);
            BigDecimal numerator = cells.number("numerator");
            BigDecimal denominator = cells.number("denominator");
            checkFraction(cells);
            if (denominator != null && denominator.signum() == 0) {
                cells.error("denominator", "The denominator must not be 0");
            }
            if (!cells.hasErrors()) {
                rows.add(cells.numbered(new ValueRow(code, value, note, numerator, denominator)));
            }
        }
        return check.result(rows);
    }

    /** Whether a value cell says the figure is not available ("n/a") rather than giving one. */
    public static boolean saysNotAvailable(String value) {
        return value != null && NOT_AVAILABLE.matcher(value.strip()).matches();
    }

    /** The value's figure; "n/a" is refused saying where a figure not available is recorded instead. */
    private static BigDecimal value(RowCells cells, String notAvailableRefused) {
        if (saysNotAvailable(cells.get("value"))) {
            cells.error("value", notAvailableRefused);
            return null;
        }
        return cells.number("value");
    }

    /** Numerator and denominator come together; with both, the value may be left to be computed. */
    private static void checkFraction(RowCells cells) {
        boolean numerator = !cells.isEmpty("numerator");
        boolean denominator = !cells.isEmpty("denominator");
        if (numerator && !denominator) {
            cells.error("denominator", "Give the denominator too: numerator and denominator come together");
        }
        if (denominator && !numerator) {
            cells.error("numerator", "Give the numerator too: numerator and denominator come together");
        }
        if (cells.isEmpty("value") && !(numerator && denominator)) {
            cells.error("value", "Must not be empty: give the value, or both numerator and denominator");
        }
    }
}
