package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceChecksTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0};
    static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0};
    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    static final byte[] HTML = "<!DOCTYPE html><html><script>alert(1)</script></html>"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void eachKindAuditAsksForIsKeptWithItsOwnMediaTypeWhenItsContentIsWhatItsNameSays() {
        assertThat(EvidenceChecks.mediaType("extract.pdf", PDF)).isEqualTo("application/pdf");
        assertThat(EvidenceChecks.mediaType("Calc.XLSX", ZIP))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(EvidenceChecks.mediaType("memo.docx", ZIP)).endsWith("wordprocessingml.document");
        assertThat(EvidenceChecks.mediaType("count.ods", ZIP)).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(EvidenceChecks.mediaType("note.odt", ZIP)).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(EvidenceChecks.mediaType("old.xls", OLE)).isEqualTo("application/vnd.ms-excel");
        assertThat(EvidenceChecks.mediaType("old.doc", OLE)).isEqualTo("application/msword");
        assertThat(EvidenceChecks.mediaType("sheet.png", PNG)).isEqualTo("image/png");
        assertThat(EvidenceChecks.mediaType("photo.jpg", JPEG)).isEqualTo("image/jpeg");
        assertThat(EvidenceChecks.mediaType("photo.jpeg", JPEG)).isEqualTo("image/jpeg");
        assertThat(EvidenceChecks.mediaType("extract.csv", "code,value\nHF-1,85\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/csv");
        assertThat(EvidenceChecks.mediaType("readme.txt", "\uFEFFCounted on 3 July".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/plain");
    }

    @ParameterizedTest
    @CsvSource({"page.html", "drawing.svg", "run.exe", "macro.xlsm", "no-extension", "archive.zip"})
    void anyOtherKindIsRefusedSayingWhatMayBeKept(String name) {
        assertThatThrownBy(() -> EvidenceChecks.mediaType(name, PDF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(name + ": only PDF, Word, Excel, CSV, ODF, PNG, JPEG or text files may be kept as evidence");
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() {
        assertThatThrownBy(() -> EvidenceChecks.mediaType("extract.pdf", HTML))
                .hasMessageStartingWith("extract.pdf is not what its name says (its content is not a .pdf file)")
                .hasMessageContaining(EvidenceChecks.KINDS);
        assertThatThrownBy(() -> EvidenceChecks.mediaType("sheet.png", JPEG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvidenceChecks.mediaType("calc.xlsx", OLE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvidenceChecks.mediaType("notes.txt", HTML)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvidenceChecks.mediaType("drawing.txt",
                "  <svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvidenceChecks.mediaType("binary.csv", PNG)).as("a NUL byte: not text")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileOverTenMegabytesOrEmptyIsRefused() {
        byte[] tenMegabytes = new byte[EvidenceChecks.MAX_BYTES];
        System.arraycopy(PDF, 0, tenMegabytes, 0, PDF.length);
        assertThat(EvidenceChecks.mediaType("big.pdf", tenMegabytes)).isEqualTo("application/pdf");
        byte[] tooBig = new byte[EvidenceChecks.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
        assertThatThrownBy(() -> EvidenceChecks.mediaType("big.pdf", tooBig))
                .hasMessage("big.pdf is larger than 10 MB: an evidence file may be at most 10 MB");
        assertThatThrownBy(() -> EvidenceChecks.mediaType("empty.csv", new byte[0]))
                .hasMessage("empty.csv is empty: nothing was kept");
    }

    @Test
    void aMeasureTakesTenFilesAQuarterAndNoMore() {
        EvidenceChecks.roomFor("HF-1", 9);
        assertThatThrownBy(() -> EvidenceChecks.roomFor("HF-1", 10))
                .hasMessage("HF-1 already has 10 evidence files this quarter: remove one before adding another");
    }

    @Test
    void theNameKeptHasNoFolderNorControlCharacters() {
        assertThat(EvidenceChecks.cleanName("C:\\fakepath\\extract.pdf")).isEqualTo("extract.pdf");
        assertThat(EvidenceChecks.cleanName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(EvidenceChecks.cleanName("bad\r\nname.csv")).isEqualTo("badname.csv");
        assertThat(EvidenceChecks.cleanName("a".repeat(300) + ".xlsx")).hasSize(255).endsWith(".xlsx");
        assertThat(EvidenceChecks.cleanName("  ")).isEqualTo("evidence");
    }

    /**
     * A right-to-left override shows "report\u202Efdp.txt" as "reporttxt.pdf": a text file passing for a PDF in the
     * form, the history and an auditor's download. Such marks, and the controls beyond ASCII, are not kept.
     */
    @Test
    void theNameKeptHasNoMarkThatReordersOrHidesWhatItShows() {
        assertThat(EvidenceChecks.cleanName("report\u202Efdp.txt")).isEqualTo("reportfdp.txt");
        assertThat(EvidenceChecks.cleanName("a\u2066b\u2069\u200Fc\u061C.csv")).isEqualTo("abc.csv");
        assertThat(EvidenceChecks.cleanName("line\u2028two\u0085three.txt")).isEqualTo("linetwothree.txt");
        assertThat(EvidenceChecks.cleanName("Zählung Jänner ٢٠٢٦.pdf")).isEqualTo("Zählung Jänner ٢٠٢٦.pdf");
    }

    /** A long name is cut between characters, never through one: half a character is not kept as "?". */
    @Test
    void aLongNameIsCutBetweenCharacters() {
        String kept = EvidenceChecks.cleanName("a" + "\uD83D\uDCCA".repeat(200) + ".xlsx");
        assertThat(kept).startsWith("a\uD83D\uDCCA").endsWith(".xlsx");
        assertThat(kept.substring(1, kept.length() - 5).codePoints()).allMatch(c -> c == 0x1F4CA);
        assertThat(kept.length()).isLessThanOrEqualTo(255);
    }

    @Test
    void theHistoryNamesAFileWithItsSizeAndTheStartOfItsHash() {
        EvidenceFile f = new EvidenceFile(1, 2, 2, "extract.xlsx", "x", 12_600, "0123456789abcdef".repeat(4), "u",
                java.time.Instant.EPOCH);
        assertThat(f.described()).isEqualTo("extract.xlsx (12.3 KB, SHA-256 0123456789ab)");
        assertThat(EvidenceFile.sizeText(1)).isEqualTo("1 byte");
        assertThat(EvidenceFile.sizeText(512)).isEqualTo("512 bytes");
        assertThat(EvidenceFile.sizeText(3 * 1024 * 1024 + 200_000)).isEqualTo("3.2 MB");
    }
}
