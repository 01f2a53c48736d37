package uk.quarterlyreturns.base.tabular;

import java.util.Objects;

/**
 * One problem found in an imported file, placed where a person will look for it.
 *
 * @param row     the row number as seen in the file (the header is row 1), or 0 for the whole file
 * @param column  the column's header name, or null when the problem is not about one column
 * @param message what is wrong and how to put it right
 */
public record ImportError(int row, String column, String message) {

    public ImportError {
        Objects.requireNonNull(message, "message");
        if (row < 0) {
            throw new IllegalArgumentException("row cannot be negative, got " + row);
        }
    }

    public static ImportError wholeFile(String message) {
        return new ImportError(0, null, message);
    }

    /** The error as one line for a person: "Row 3, value: Not a number". */
    public String describe() {
        if (row == 0) {
            return message;
        }
        return column == null
                ? "Row " + row + ": " + message
                : "Row " + row + ", " + column + ": " + message;
    }
}
