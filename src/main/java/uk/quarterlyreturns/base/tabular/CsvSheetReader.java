package uk.quarterlyreturns.base.tabular;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV text: UTF-8, comma-separated, RFC 4180 quoting. */
final class CsvSheetReader {

    // Empty lines are kept so that record numbers match the row numbers a spreadsheet shows.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final Pattern QUOTED_FORMULA_START = Pattern.compile("^'[-=+@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    private CsvSheetReader() {
    }

    static TabularFile read(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        SheetCollector sheet = new SheetCollector();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                if (record.getRecordNumber() == 1) {
                    refuseSemicolons(record);
                }
                sheet.row(Math.toIntExact(record.getRecordNumber()),
                        record.stream().map(CsvSheetReader::unquoted).toList(), Map.of());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheet.finish();
    }

    /** The text {@link TabularWriter} quoted so no spreadsheet runs it as a formula, as it was. */
    static String unquoted(String cell) {
        return QUOTED_FORMULA_START.matcher(cell).matches() ? cell.substring(1) : cell;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TabularFileException("The file is not UTF-8 text: save it as CSV UTF-8");
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw malformed(e, parser.getCurrentLineNumber());
        }
    }

    private static TabularFileException malformed(RuntimeException e, long currentLine) {
        String detail = String.valueOf(e.getMessage());
        Matcher line = LINE.matcher(detail);
        long lineNumber = line.find() ? Long.parseLong(line.group(1)) : currentLine;
        String what;
        if (detail.contains("EOF reached before encapsulated token finished")) {
            what = "a quoted value is not closed (a \" is missing)";
        } else if (detail.contains("Invalid character between encapsulated token and delimiter")) {
            what = "there is text after a closing quote (write a \" inside a quoted value as \"\")";
        } else {
            what = "it cannot be read as CSV";
        }
        return new TabularFileException("The CSV file is malformed at line " + lineNumber + ": " + what);
    }

    /** Spreadsheets set to some European locales save "CSV" with semicolons. */
    private static void refuseSemicolons(CSVRecord header) {
        if (header.size() == 1 && header.get(0).contains(";")) {
            throw new TabularFileException("The columns are separated by semicolons: save the file as"
                    + " CSV UTF-8 (comma delimited)");
        }
    }
}
