package uk.quarterlyreturns.base.tabular;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One data row of a {@link TabularFile}, its cells found by column header name. */
public final class TabularRow {

    private final int rowNumber;
    private final Map<String, Integer> columns;
    private final List<String> cells;
    private final List<ImportError> errors;

    /**
     * @param columns lower-case header name to cell position, shared by all rows of the file
     * @param cells   trimmed cell texts, one per header position
     * @param errors  problems with single cells found while reading, e.g. a formula
     */
    TabularRow(int rowNumber, Map<String, Integer> columns, List<String> cells, List<ImportError> errors) {
        this.rowNumber = rowNumber;
        this.columns = columns;
        this.cells = List.copyOf(cells);
        this.errors = List.copyOf(errors);
    }

    /** The row number a person sees in the file: the header is row 1, the first data row is row 2. */
    public int rowNumber() {
        return rowNumber;
    }

    /** The cell's text, trimmed; "" when the column is absent or the cell is empty. */
    public String get(String column) {
        Integer index = columns.get(key(column));
        return index == null ? "" : cells.get(index);
    }

    /** Whether the file has a column with this header (in any case, ignoring surrounding spaces). */
    public boolean hasColumn(String column) {
        return columns.containsKey(key(column));
    }

    /** This row with these columns' cells emptied, and their reading problems gone: what is left of it to read. */
    public TabularRow without(Collection<String> emptied) {
        Set<String> keys = emptied.stream().map(TabularRow::key).collect(Collectors.toSet());
        List<String> kept = new ArrayList<>(cells);
        columns.forEach((key, index) -> {
            if (keys.contains(key)) {
                kept.set(index, "");
            }
        });
        return new TabularRow(rowNumber, columns, kept, errors.stream()
                .filter(e -> e.column() == null || !keys.contains(key(e.column()))).toList());
    }

    /**
     * Problems with single cells found while reading the file, such as a formula where a value was
     * expected. Importers report them with their own checks of the row.
     */
    public List<ImportError> errors() {
        return errors;
    }

    /**
     * The problems of these columns' cells, and the values in columns with no header (a comma inside a value may have
     * pushed the cells along): those of an import that reads these columns, the rest being the council's own.
     */
    public List<ImportError> errorsIn(Collection<String> columns) {
        return errors.stream().filter(e -> e.column() == null || isOneOf(e.column(), columns)).toList();
    }

    /** Whether these columns' cells are all empty and readable: a row an import of these columns passes over. */
    public boolean isBlankIn(Collection<String> columns) {
        return columns.stream().allMatch(c -> get(c).isEmpty())
                && errors.stream().noneMatch(e -> e.column() != null && isOneOf(e.column(), columns));
    }

    private static boolean isOneOf(String column, Collection<String> columns) {
        return columns.stream().anyMatch(c -> key(c).equals(key(column)));
    }

    static String key(String column) {
        return Whitespace.trim(column).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Row " + rowNumber + " " + cells;
    }
}
