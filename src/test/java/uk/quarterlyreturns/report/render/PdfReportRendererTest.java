package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.Lines;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportCompiler;
import uk.quarterlyreturns.report.ReportInput;

class PdfReportRendererTest {

    private static final java.time.Instant COMPILED = java.time.Instant.parse("2017-10-30T10:00:00Z");
    private static byte[] pdf;
    private static String text;

    /** The full fixture, with one override so its footnote prints too. */
    @BeforeAll
    static void render() throws Exception {
        List<MeasureLine> measures = new ArrayList<>(KirkleesFixture.measures());
        int i = measures.indexOf(KirkleesFixture.measure(measures, "3.1"));
        measures.set(i, Lines.overridden(measures.get(i), Rag.GREEN, "Sue Grigg",
                "The rate has fallen for nine months in a row"));
        ReportInput input = KirkleesFixture.input(measures, KirkleesFixture.actions());
        String html = new HtmlReportRenderer().render(ReportCompiler.compile(input));
        // dated by the application's clock: every check below holds for the re-dated file
        pdf = new PdfReportRenderer().render(html, COMPILED);
        // left for people to look at: see the report's pages as a reader would
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "quarterly-report-fixture.pdf");
        Files.write(out, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // lines wrap where the page width says, so compare words, not line breaks
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void printsTheReportsWordsAndFigures() {
        assertThat(text).contains("Quarter (2) Corporate Performance Report 2017/18")
                .contains("Performance by Exception")
                .contains("Ambitious Kirklees")
                .contains("Resilient Kirklees")
                .contains("60 (122 cum)")
                .contains("£0.3m (£2m cum)")
                .contains("↑ Improved")
                .contains("↓ Worsened")
                .contains("Performance Measures – Ambitious Kirklees")
                .contains("RAG set by Sue Grigg: The rate has fallen for nine months in a row (computed: A)")
                .contains("Page 1 of");
    }

    @Test
    void textCopiesAsTypedWithoutLigatureCharacters() {
        assertThat(text).contains("with 19% off track", "The first issue is one of compliance")
                .doesNotContain("\ufb00", "\ufb01", "\ufb02");
    }

    @Test
    void isATaggedA4DocumentWithTitleAndLanguage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Quarter (2) Corporate Performance Report 2017/18 – Kirklees Council");
            PDPage first = doc.getPage(0);
            // A4 portrait is 595 x 842 points
            assertThat(Math.round(first.getMediaBox().getWidth())).isEqualTo(595);
            assertThat(Math.round(first.getMediaBox().getHeight())).isEqualTo(842);
        }
    }

    @Test
    void datedByTheApplicationsClockKeepingItsAccessibilityMetadata() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(COMPILED);
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(COMPILED);
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("pdfuaid");
        }
    }

    @Test
    void everyFontIsTheEmbeddedDejaVuSans() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("DejaVuSans");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void pagesAreNumberedOfTheTotal() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
        }
    }
}
