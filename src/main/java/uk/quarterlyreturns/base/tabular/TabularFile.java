package uk.quarterlyreturns.base.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A file of rows under a header row, as people exchange them: CSV (UTF-8, comma, RFC 4180 quoting) or the first
 * visible sheet of an .xlsx workbook (a hidden sheet is never read unseen). Columns are found by header name, so their
 * order does not matter. Reading refuses, with a message a performance officer can act on, a file that is too large
 * or cannot be read; checking the values is left to the importer that knows what they mean.
 */
public final class TabularFile {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final List<String> headers;
    private final Map<String, Integer> columns;
    private final List<TabularRow> rows;

    TabularFile(List<String> headers, Map<String, Integer> columns, List<TabularRow> rows) {
        this.headers = List.copyOf(headers);
        this.columns = Map.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads an upload from a stream, holding at most one byte over the limit, so an oversized upload is
     * refused without being read whole.
     */
    public static TabularFile read(InputStream in, String fileName) {
        byte[] content;
        try {
            content = in.readNBytes(Math.toIntExact(MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > MAX_BYTES) {
            throw new TabularFileException("The file is too large: the limit is " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return read(content, fileName);
    }

    /**
     * Reads a CSV file or .xlsx workbook. A workbook is recognised by its content (a ZIP archive), so
     * a renamed file is still read as what it is. Of a workbook, the first visible sheet is read: the leftmost tab
     * Excel shows.
     *
     * @param fileName the name the file was uploaded with; used only to tell a damaged workbook apart
     *                 from CSV text
     * @throws TabularFileException when the file is refused as a whole
     */
    public static TabularFile read(byte[] content, String fileName) {
        return read(content, fileName, null);
    }

    /**
     * As {@link #read(byte[], String)}, but of a workbook that has a sheet of this name (in any letters), that sheet:
     * a return's own workbook is read by its sheets' names, wherever its tabs stand.
     *
     * @throws TabularFileException when the file is refused as a whole, or that sheet is hidden
     */
    public static TabularFile read(byte[] content, String fileName, String sheetName) {
        Objects.requireNonNull(content, "content");
        if (content.length > MAX_BYTES) {
            throw new TabularFileException("The file is " + megabytes(content.length)
                    + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (content.length == 0) {
            throw new TabularFileException("The file is empty");
        }
        if (startsWith(content, OLE2_MAGIC)) {
            throw new TabularFileException("This is an old-style .xls or a password-protected workbook:"
                    + " save it as an .xlsx workbook without a password, or as CSV UTF-8");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, ZIP_MAGIC) || name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XlsxSheetReader.read(content, sheetName, true).orElseThrow();
        }
        return CsvSheetReader.read(content);
    }

    /**
     * The sheet of this name (in any letters) of an .xlsx workbook, read as {@link #read(byte[], String)} reads the
     * first; empty for CSV text or a workbook without such a sheet.
     *
     * @throws TabularFileException when the workbook or that sheet is refused as a whole, or that sheet is hidden
     */
    public static Optional<TabularFile> readSheet(byte[] content, String sheetName) {
        Objects.requireNonNull(sheetName, "sheetName");
        if (content.length > MAX_BYTES || !startsWith(content, ZIP_MAGIC)) {
            return Optional.empty(); // the first read refused an oversized file; CSV text has one sheet
        }
        return XlsxSheetReader.read(content, sheetName, false);
    }

    /**
     * A sheet this application wrote into a workbook it handed out, found by its name (in any letters) hidden or not,
     * to read back what it recorded there: only ever to hold back what an upload would change, never as rows to
     * enter, so the rule that a hidden sheet is never read unseen does not apply to it. Empty for CSV text or a
     * workbook without it.
     *
     * @throws TabularFileException when the workbook or that sheet cannot be read
     */
    public static Optional<TabularFile> readOwnSheet(byte[] content, String sheetName) {
        Objects.requireNonNull(sheetName, "sheetName");
        if (content.length > MAX_BYTES || !startsWith(content, ZIP_MAGIC)) {
            return Optional.empty();
        }
        return XlsxSheetReader.read(content, sheets -> sheets.named(sheetName));
    }

    /** Whether the content is a workbook (a ZIP archive), read by its sheets' names; else CSV text. */
    public static boolean isWorkbook(byte[] content) {
        return startsWith(content, ZIP_MAGIC);
    }

    /** The header names as written (trimmed), in file order; blank headers are left out. */
    public List<String> headers() {
        return headers;
    }

    /** The data rows in file order, wholly blank rows left out. */
    public List<TabularRow> rows() {
        return rows;
    }

    /**
     * The rows with something in the columns an import reads: a row empty in all of them (a check column of the
     * council's own filled down past the data, say) looks empty to the person and is passed over. A file with none of
     * the columns has its rows as they are, for the import to name the missing columns.
     *
     * @throws TabularFileException when the file has only its header row, or no row with anything in these columns,
     *                              so that it is not imported: it would change nothing and say it had succeeded, when
     *                              the person almost always uploaded the wrong file, or an export cut short
     */
    public List<TabularRow> rowsReading(Collection<String> columns) {
        if (rows.isEmpty()) {
            throw new TabularFileException("The file has no rows, only a header row: nothing was imported");
        }
        List<String> present = columns.stream().filter(this::hasColumn).toList();
        if (present.isEmpty()) {
            return rows;
        }
        List<TabularRow> reading = rows.stream().filter(row -> !row.isBlankIn(present)).toList();
        if (reading.isEmpty()) {
            throw new TabularFileException("The file has no rows with anything in the columns imported ("
                    + String.join(", ", present) + "): nothing was imported");
        }
        return reading;
    }

    /** Whether the header row has this column (in any case, ignoring surrounding spaces). */
    public boolean hasColumn(String column) {
        return columns.containsKey(TabularRow.key(column));
    }

    /** This file's header over other rows: its own, some with cells emptied ({@link TabularRow#without}). */
    public TabularFile withRows(List<TabularRow> rows) {
        return new TabularFile(headers, columns, rows);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Rounded up, so that a file just over the limit never reads as exactly the limit. */
    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.UP)
                .toPlainString();
    }
}
