package uk.quarterlyreturns.returns;

import java.util.Objects;
import uk.quarterlyreturns.base.tabular.ImportError;

/**
 * One mistake in a file uploaded into a return's form, placed where a person will look for it.
 *
 * @param sheet  the workbook's sheet ("Measures", "Key actions"), or null for a CSV file
 * @param row    the row number as seen in the sheet (the header is row 1), or 0 for the whole sheet
 * @param column the column's header, or null when the problem is not about one column
 */
public record UploadProblem(String sheet, int row, String column, String message) {

    public UploadProblem {
        Objects.requireNonNull(message, "message");
    }

    static UploadProblem of(String sheet, ImportError error) {
        return new UploadProblem(sheet, error.row(), error.column(), error.message());
    }

    /** "Key actions, row 3, status: Use one of ...", or without the sheet for a CSV file. */
    public String describe() {
        String where = row == 0 ? "" : "Row " + row + (column == null ? "" : ", " + column) + ": ";
        return sheet == null ? where + message : sheet + (where.isEmpty() ? ": " : ", " + lowerFirst(where)) + message;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
