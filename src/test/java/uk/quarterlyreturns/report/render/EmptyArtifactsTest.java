package uk.quarterlyreturns.report.render;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.ReportCompiler;
import uk.quarterlyreturns.support.BesideTheSuite;

@Execution(ExecutionMode.CONCURRENT) // pure code, no application: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class EmptyArtifactsTest {

    private static TrimmedContent trim(String content) {
        return TrimmedContent.of(content.getBytes(ISO_8859_1));
    }

    private static String text(TrimmedContent trimmed) {
        return new String(trimmed.content(), ISO_8859_1);
    }

    /** The fixture's first pages, printed, then trimmed: the same pixels and words, far fewer property lists. */
    @Test
    void aReportPageLooksAndReadsTheSameTrimmed() throws Exception {
        String html = new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input()));
        try (PdfBoxRenderer printer = PdfReportRenderer.printer(PdfReportRenderer.parse(html),
                OutputStream.nullOutputStream()); PDDocument pdf = printer.createPDFKeepOpen()) {
            int pages = Math.min(6, pdf.getNumberOfPages());
            List<BufferedImage> before = images(pdf, pages);
            String textBefore = text(pdf, pages);
            int listsBefore = propertyLists(pdf, pages);
            for (int p = 0; p < pages; p++) {
                EmptyArtifacts.trim(pdf.getPage(p));
            }
            List<BufferedImage> after = images(pdf, pages);
            for (int p = 0; p < pages; p++) {
                assertThat(sameImage(before.get(p), after.get(p))).as("page %d's pixels", p + 1).isTrue();
            }
            assertThat(text(pdf, pages)).isEqualTo(textBefore);
            assertThat(propertyLists(pdf, pages)).as("property lists left").isPositive()
                    .isLessThan(listsBefore / 2);
        }
    }

    private static List<BufferedImage> images(PDDocument pdf, int pages) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            images.add(new PDFRenderer(pdf).renderImageWithDPI(p, 72));
        }
        return images;
    }

    private static String text(PDDocument pdf, int pages) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setEndPage(pages);
        return stripper.getText(pdf);
    }

    private static int propertyLists(PDDocument pdf, int pages) {
        int lists = 0;
        for (int p = 0; p < pages; p++) {
            COSDictionary properties = pdf.getPage(p).getResources().getCOSObject()
                    .getCOSDictionary(COSName.PROPERTIES);
            lists += properties == null ? 0 : properties.size();
        }
        return lists;
    }

    private static boolean sameImage(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void anArtifactThatMarksNothingIsTakenOutAndItsListIsNoLongerNamed() {
        var trimmed = trim("q\n/Artifact /Prop1 BDC\n1 1 1 rg\n0 0 10 10 re\nf\nEMC\n"
                + "/Artifact /Prop2 BDC\nEMC\n/Span <</MCID 0>> BDC\nBT\n(Hi) Tj\nET\nEMC\nQ\n");
        assertThat(text(trimmed)).isEqualTo("q\n/Artifact /Prop1 BDC\n1 1 1 rg\n0 0 10 10 re\nf\nEMC\n"
                + "/Span <</MCID 0>> BDC\nBT\n(Hi) Tj\nET\nEMC\nQ\n");
        assertThat(trimmed.propertiesNamed()).containsExactly("Prop1");
    }

    @Test
    void artifactsThatHoldOnlyEmptyArtifactsGoToo() {
        var trimmed = trim("/Artifact /Prop1 BDC\n/Artifact /Prop2 BDC\nEMC\n/Artifact /Prop3 BDC\nEMC\nEMC\n"
                + "/Artifact /Prop4 BDC\n/Artifact /Prop5 BDC\nEMC\n0 0 m\nEMC\n");
        assertThat(text(trimmed)).isEqualTo("/Artifact /Prop4 BDC\n0 0 m\nEMC\n");
        assertThat(trimmed.propertiesNamed()).containsExactly("Prop4");
    }

    @Test
    void otherMarkedContentStaysEvenWhenEmpty() {
        String content = "/Span <</MCID 3>> BDC\nEMC\n/P /Prop9 BDC\nEMC\n/Artifact BMC\n0 0 m\nEMC\n";
        var trimmed = trim(content);
        assertThat(text(trimmed)).isEqualTo(content);
        assertThat(trimmed.propertiesNamed()).containsExactly("Prop9");
    }

    @Test
    void operatorsInsideStringsAndCommentsAreNotRead() {
        String content = "BT\n(/Artifact /Prop1 BDC EMC \\) \\( (nested) EMC) Tj\n<2F4172> Tj\nET\n"
                + "/Artifact /Prop2 BDC\n% a comment: EMC\nEMC\n";
        assertThat(text(trim(content))).as("the artifact holds only a comment")
                .isEqualTo("BT\n(/Artifact /Prop1 BDC EMC \\) \\( (nested) EMC) Tj\n<2F4172> Tj\nET\n");
    }

    @Test
    void anArtifactLeftOpenAtTheEndOfAStreamIsKeptAndNamed() {
        var trimmed = trim("/Artifact /Prop7 BDC\n");
        assertThat(text(trimmed)).isEqualTo("/Artifact /Prop7 BDC\n");
        assertThat(trimmed.propertiesNamed()).containsExactly("Prop7");
    }

    @Test
    void contentWithAnInlineImageIsLeftWholeWithEveryListKept() {
        String content = "/Artifact /Prop1 BDC\nEMC\nBI /W 1 /H 1 ID \u0000EMC\u00ff EI\n";
        var trimmed = trim(content);
        assertThat(text(trimmed)).isEqualTo(content);
        assertThat(trimmed.propertiesNamed()).isNull();
    }

    @Test
    void contentThatDoesNotReadAsThePrinterWritesItIsLeftWhole() {
        String content = "/Artifact /Prop1 BDC\nEMC\n(unclosed Tj\n";
        var trimmed = trim(content);
        assertThat(text(trimmed)).isEqualTo(content);
        assertThat(trimmed.propertiesNamed()).isNull();
    }
}
