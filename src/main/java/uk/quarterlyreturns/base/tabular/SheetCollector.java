package uk.quarterlyreturns.base.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the raw rows of a CSV file or sheet into a {@link TabularFile}: takes row 1 as the header,
 * skips wholly blank rows and enforces the row limit as rows arrive, so reading stops early. A formula or error
 * value in a column with no header is in no column any import reads, so it is not a problem of the row.
 */
final class SheetCollector {

    private List<String> headerNames;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> headers = new ArrayList<>();
    private final List<TabularRow> rows = new ArrayList<>();

    /**
     * @param rowNumber    the row number as seen in the file
     * @param cells        the cells' raw texts, by position
     * @param cellProblems messages for cells that hold something other than a value, by position
     */
    void row(int rowNumber, List<String> cells, Map<Integer, String> cellProblems) {
        if (headerNames == null) {
            header(rowNumber, cells, cellProblems);
        } else {
            data(rowNumber, cells, cellProblems);
        }
    }

    TabularFile finish() {
        if (headerNames == null) {
            throw noHeader();
        }
        return new TabularFile(headers, columns, rows);
    }

    private void header(int rowNumber, List<String> cells, Map<Integer, String> cellProblems) {
        if (rowNumber != 1 || cells.stream().allMatch(c -> Whitespace.trim(c).isEmpty())) {
            throw noHeader();
        }
        if (!cellProblems.isEmpty()) {
            throw new TabularFileException(
                    "The header row must hold plain column names, not formulas or error values");
        }
        headerNames = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = Whitespace.trim(cells.get(i));
            headerNames.add(name);
            if (name.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(TabularRow.key(name), i) != null) {
                throw new TabularFileException("The column \"" + name
                        + "\" appears more than once in the header row: remove or rename the extra one");
            }
            headers.add(name);
        }
    }

    private void data(int rowNumber, List<String> cells, Map<Integer, String> cellProblems) {
        List<String> values = new ArrayList<>(headerNames.size());
        List<ImportError> errors = new ArrayList<>();
        boolean blank = true;
        for (int i = 0; i < Math.max(cells.size(), headerNames.size()); i++) {
            String value = i < cells.size() ? Whitespace.trim(cells.get(i)) : "";
            String header = i < headerNames.size() ? headerNames.get(i) : "";
            if (!header.isEmpty() && cellProblems.containsKey(i)) {
                errors.add(new ImportError(rowNumber, header, cellProblems.get(i)));
                blank = false;
            } else if (header.isEmpty() && !value.isEmpty()) {
                // Usually a comma inside an unquoted value that has pushed the cells along.
                errors.add(new ImportError(rowNumber, null, "Column " + (i + 1) + " has no header but this"
                        + " row has a value in it (\"" + shortened(value) + "\"): check for a comma inside"
                        + " a value, or give the column a header"));
            }
            blank &= value.isEmpty();
            if (i < headerNames.size()) {
                values.add(value);
            }
        }
        if (blank) {
            return;
        }
        if (rows.size() == TabularFile.MAX_ROWS) {
            throw new TabularFileException("The file has more than "
                    + String.format(Locale.UK, "%,d", TabularFile.MAX_ROWS)
                    + " rows, the limit: split it into smaller files");
        }
        rows.add(new TabularRow(rowNumber, columns, values, errors));
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    private static TabularFileException noHeader() {
        return new TabularFileException("The file has no header row: the first row must hold the column names");
    }
}
