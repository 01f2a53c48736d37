package uk.quarterlyreturns.framework.io;

import java.util.List;
import java.util.Locale;
import uk.quarterlyreturns.framework.Aggregation;
import uk.quarterlyreturns.framework.Frequency;

/**
 * The framework file's optional {@code in_arrears} column: YES for a measure whose figures are collected a quarter
 * behind (each quarter's return gives the quarter before's), NO or empty for the rest. Written only when some
 * measure of the file is in arrears, so that a framework without any reads and exports exactly as before.
 */
public final class InArrearsColumn {

    public static final String NAME = "in_arrears";

    private InArrearsColumn() {
    }

    /** The cell's yes or no; a value in arrears only for a quarterly snapshot measure, with the reason said. */
    static boolean read(RowCells cells, Frequency frequency, Aggregation aggregation) {
        String text = cells.get(NAME).toUpperCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("NO")) {
            return false;
        }
        if (!text.equals("YES")) {
            cells.error(NAME, "Use YES or NO (or leave it empty for NO)");
            return false;
        }
        if (frequency == Frequency.ANNUAL) {
            cells.error(NAME, "An annual measure cannot be in arrears: its due_quarter already says which quarter's"
                    + " return reports it");
        } else if (aggregation == Aggregation.CUMULATIVE) {
            cells.error(NAME, "A cumulative measure cannot be in arrears: its year to date adds up the year's own"
                    + " quarters, and a figure a quarter behind would add up the wrong ones");
        }
        return true;
    }

    /** The file's columns: every one, less {@code in_arrears} when no row is in arrears. */
    static List<String> of(List<String> all, List<FrameworkRow> rows) {
        return rows.stream().anyMatch(FrameworkRow::inArrears) ? all
                : all.stream().filter(column -> !column.equals(NAME)).toList();
    }

    static String cell(FrameworkRow row) {
        return row.inArrears() ? "YES" : "NO";
    }
}
