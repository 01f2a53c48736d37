package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.PdfReportRenderer;

/**
 * A reason for a target change is typed by whoever changed it and printed to Cabinet: markup in it is printed as
 * text, never run or laid out, in the HTML and the PDF made from it.
 */
class HostileReasonInTheReportTest {

    private static final String REASON = "<script>alert(1)</script><b>agreed</b>\r\n=HYPERLINK(\"http://x\",\"y\")";

    @Test
    void markupInAReasonIsPrintedAsText() throws Exception {
        List<MeasureLine> measures = new ArrayList<>(KirkleesFixture.measures());
        int referrals = measures.indexOf(KirkleesFixture.measure(measures, "3.3"));
        measures.set(referrals, measures.get(referrals).withTargetChanges(List.of(
                new TargetChange("target", "60", "55", LocalDate.of(2017, 10, 12), REASON))));
        CompiledReport report = ReportCompiler.compile(KirkleesFixture.input(measures, KirkleesFixture.actions()));

        String html = new HtmlReportRenderer().render(report);
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>agreed")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;agreed&lt;/b&gt;");
        try (PDDocument pdf = Loader.loadPDF(new PdfReportRenderer().render(html,
                Instant.parse("2017-10-30T10:00:00Z")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("<script>alert(1)<"); // printed, wrapped in its cell
        }
    }
}
