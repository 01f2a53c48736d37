package uk.quarterlyreturns.base.tabular;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class TabularFileRefusalTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    private static String refusal(byte[] content, String fileName) {
        TabularFileException refused = catchThrowableOfType(TabularFileException.class,
                () -> TabularFile.read(content, fileName));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.errors()).containsExactly(ImportError.wholeFile(refused.getMessage()));
        return refused.getMessage();
    }

    private static String refusal(String csv) {
        return refusal(csv.getBytes(UTF_8), "upload.csv");
    }

    @Test
    void aFileOverFiveMegabytesIsRefused() {
        byte[] content = new byte[FIVE_MB + 1];
        Arrays.fill(content, (byte) 'a');

        assertThat(refusal(content, "big.csv")).isEqualTo("The file is 5.1 MB; the limit is 5 MB");
    }

    /** The stream is read no further than one byte past the limit: a huge upload is never held whole. */
    @Test
    void anUploadStreamIsReadOnlyJustPastTheLimit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }
        };
        TabularFileException refused = catchThrowableOfType(TabularFileException.class,
                () -> TabularFile.read(endless, "upload.csv"));
        assertThat(refused.getMessage()).isEqualTo("The file is too large: the limit is 5 MB");
        assertThat(served[0]).isEqualTo(TabularFile.MAX_BYTES + 1);
        assertThat(TabularFile.read(new ByteArrayInputStream("code\nA\n".getBytes(UTF_8)), "small.csv").rows())
                .hasSize(1);
    }

    @Test
    void theSizeIsShownInMegabytes() {
        byte[] content = new byte[6_501_171];

        assertThat(refusal(content, "big.xlsx")).isEqualTo("The file is 6.2 MB; the limit is 5 MB");
    }

    @Test
    void aFileOfExactlyFiveMegabytesIsRead() {
        String header = "code,note\nA1,";
        byte[] content = new byte[FIVE_MB];
        Arrays.fill(content, (byte) 'x');
        System.arraycopy(header.getBytes(UTF_8), 0, content, 0, header.length());

        TabularFile file = TabularFile.read(content, "notes.csv");

        assertThat(file.rows()).hasSize(1);
        assertThat(file.rows().get(0).get("note")).hasSize(FIVE_MB - header.length());
    }

    @Test
    void moreThanTenThousandRowsAreRefused() {
        assertThat(refusal(csvWithRows(10_001)))
                .isEqualTo("The file has more than 10,000 rows, the limit: split it into smaller files");
    }

    @Test
    void tenThousandRowsAreRead() {
        TabularFile file = TabularFile.read(csvWithRows(10_000).getBytes(UTF_8), "values.csv");

        assertThat(file.rows()).hasSize(10_000);
        assertThat(file.rows().get(9_999).rowNumber()).isEqualTo(10_001);
    }

    @Test
    void moreThanTenThousandRowsInAWorkbookAreRefused() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            rows.add(List.of("C" + i, i));
        }
        byte[] workbook = TabularWriter.xlsx("Values", List.of("code", "value"), rows);

        assertThat(refusal(workbook, "values.xlsx"))
                .isEqualTo("The file has more than 10,000 rows, the limit: split it into smaller files");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "code,title\nA1,£5 budget\n".getBytes(ISO_8859_1);

        assertThat(refusal(latin1, "values.csv")).isEqualTo("The file is not UTF-8 text: save it as CSV UTF-8");
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingItsLine() {
        assertThat(refusal("code,title\nA1,ok\nA2,\"never closed\nA3,x\n"))
                .isEqualTo("The CSV file is malformed at line 3: a quoted value is not closed (a \" is missing)");
    }

    @Test
    void textAfterAClosingQuoteIsRefusedNamingItsLine() {
        assertThat(refusal("code,title\nA1,\"Rate\" per 1000\n"))
                .isEqualTo("The CSV file is malformed at line 2: there is text after a closing quote"
                        + " (write a \" inside a quoted value as \"\")");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() {
        byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};

        assertThat(refusal(notAWorkbook, "framework.xlsx")).isEqualTo("The file could not be opened as an"
                + " Excel workbook (.xlsx): save it again from Excel as .xlsx, or as CSV UTF-8");
    }

    @Test
    void aFileNamedXlsxThatHoldsTextIsRefused() {
        assertThat(refusal("code,value\nA1,1\n".getBytes(UTF_8), "framework.xlsx"))
                .startsWith("The file could not be opened as an Excel workbook (.xlsx)");
    }

    @Test
    void anOldStyleWorkbookIsRefusedWithWhatToDo() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThat(refusal(xls, "framework.xls")).isEqualTo("This is an old-style .xls or a password-protected"
                + " workbook: save it as an .xlsx workbook without a password, or as CSV UTF-8");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal(new byte[0], "values.csv")).isEqualTo("The file is empty");
    }

    @Test
    void aFileWithoutAHeaderRowIsRefused() {
        String noHeader = "The file has no header row: the first row must hold the column names";
        assertThat(refusal("\uFEFF")).isEqualTo(noHeader);
        assertThat(refusal("\n\n")).isEqualTo(noHeader);
        assertThat(refusal("\ncode,value\nA1,1\n")).isEqualTo(noHeader);
        assertThat(refusal(Workbooks.xlsx(null, new Object[] {"code"}), "values.xlsx")).isEqualTo(noHeader);
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThat(refusal("code,value,Code \nA1,1,A2\n")).isEqualTo("The column \"Code\" appears more than"
                + " once in the header row: remove or rename the extra one");
    }

    @Test
    void semicolonSeparatedTextIsRefusedWithWhatToDo() {
        assertThat(refusal("code;value\nA1;1\n"))
                .isEqualTo("The columns are separated by semicolons: save the file as CSV UTF-8 (comma delimited)");
    }

    @Test
    void aWorkbookThatExpandsEnormouslyIsRefused() throws IOException {
        byte[] workbook = Workbooks.xlsx(new Object[] {"code"}, new Object[] {"A1"});
        byte[] bomb = padSheet(workbook, 40 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(FIVE_MB);

        assertThat(refusal(bomb, "values.xlsx")).isEqualTo("The workbook is unusually large when unpacked,"
                + " so it was not read: save the sheet as CSV UTF-8, or split it into smaller files");
    }

    private static String csvWithRows(int rows) {
        StringBuilder csv = new StringBuilder("code,value\n");
        for (int i = 0; i < rows; i++) {
            csv.append('C').append(i).append(',').append(i).append('\n');
        }
        return csv.toString();
    }

    /** Rewrites the workbook with the sheet's XML padded by spaces, which compress to almost nothing. */
    private static byte[] padSheet(byte[] workbook, int spaces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, UTF_8);
                    int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(xml.substring(0, data).getBytes(UTF_8));
                    byte[] padding = new byte[1024 * 1024];
                    Arrays.fill(padding, (byte) ' ');
                    for (int i = 0; i < spaces / padding.length; i++) {
                        zip.write(padding);
                    }
                    zip.write(xml.substring(data).getBytes(UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
