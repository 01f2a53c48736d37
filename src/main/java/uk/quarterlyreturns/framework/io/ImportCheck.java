package uk.quarterlyreturns.framework.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;

/**
 * The errors of one file being imported. Every row is checked even after the first error, so that
 * the person gets the whole list at once; the importer then refuses the file as a whole
 * ({@link ParsedFile#rejectIf}).
 */
final class ImportCheck {

    private final List<ImportError> errors = new ArrayList<>();
    private final Set<String> missingColumns = new HashSet<>();
    private final List<TabularRow> rows;

    private ImportCheck(List<TabularRow> rows) {
        this.rows = rows;
    }

    /**
     * Starts the check of a file, reporting each missing required column once, on the header row.
     *
     * @param optional the other columns the import reads: a row empty in all its columns is passed over
     * @throws uk.quarterlyreturns.base.tabular.TabularFileException when the file has no rows
     */
    static ImportCheck of(TabularFile file, List<String> required, List<String> optional) {
        ImportCheck check = new ImportCheck(file.rowsReading(
                Stream.concat(required.stream(), optional.stream()).toList()));
        for (String column : required) {
            if (!file.hasColumn(column)) {
                check.missingColumns.add(column);
                check.errors.add(new ImportError(1, column,
                        "The column " + column + " is missing: add a column headed " + column));
            }
        }
        return check;
    }

    /** The rows to read: those with something in a column the import reads, in file order. */
    List<TabularRow> rows() {
        return rows;
    }

    /** The cells of one row, with the problems found while reading the file already recorded. */
    RowCells row(TabularRow row) {
        return new RowCells(row, this);
    }

    /** A required column missing from the header is reported there, not again on every row. */
    boolean isMissing(String column) {
        return missingColumns.contains(column);
    }

    void add(ImportError error) {
        errors.add(error);
    }

    /** The file's good rows and every error found, for the importer's own checks to add to. */
    <T> ParsedFile<T> result(List<Numbered<T>> rows) {
        return new ParsedFile<>(rows, errors);
    }
}
