package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.quarterlyreturns.report.BreakdownRow;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.ReportCompiler;
import uk.quarterlyreturns.support.BesideTheSuite;

/** The printed report read as Cabinet would get it: cover report, key, summary, compliance, layout. */
@Execution(ExecutionMode.CONCURRENT) // pure code, no application: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class CabinetPaperPdfTest {

    private static CompiledReport report;
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws Exception {
        report = ReportCompiler.compile(KirkleesFixture.input());
        pdf = new PdfReportRenderer().render(new HtmlReportRenderer().render(report));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            screenshots(doc);
        }
    }

    /** The first pages as images, for people to look at: target/report-pages/page-N.png. */
    private static void screenshots(PDDocument doc) throws IOException {
        Path dir = Path.of("target", "report-pages");
        Files.createDirectories(dir);
        Files.write(dir.resolve("fixture-report.pdf"), pdf);
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int i = 0; i < Math.min(8, doc.getNumberOfPages()); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 80);
            ImageIO.write(image, "png", dir.resolve("page-" + (i + 1) + ".png").toFile());
        }
    }

    @Test
    void opensWithTheCoverReportForCabinet() {
        assertThat(text).contains("Name of meeting Cabinet & Council")
                .contains("Date 21 November 2017")
                .contains("Title of report Quarter (2) Corporate Performance Report")
                .contains("This report is to provide Members with an overview of the Council's corporate performance")
                .contains("electoral wards? No")
                .contains("It is recommended that the report is noted.")
                .contains("The report gives a high level overview of performance across all council activity.")
                .contains("Cabinet member responsible Cllr David Sheard, Leader of the Council")
                .contains("Director responsible Rachel Spencer-Henshall")
                .contains("Contact officer Nick McMillan")
                .contains("Compiled on 6 November 2017");
        assertThat(text.indexOf("Name of meeting")).isLessThan(text.indexOf("Key to ratings"));
    }

    @Test
    void printsTheKeyToRatingsWithTheRulesInUse() {
        assertThat(text).contains("Key to ratings")
                .contains("A/G Amber/Green Short of target by up to 5%")
                .contains("R/A Red/Amber Short of target by more than 10%, up to 15%")
                .contains("On track G + A/G Green and Amber/Green items")
                .contains("Off track R/A + R")
                .contains("ND Not due Not expected this quarter")
                .contains("- No RAG No rating: no target")
                .contains("Five-point scale: shortfall edges 5%, 10% and 15%.")
                .contains("Amber when short by no more than 10% of the target")
                .contains("\"No comparison\" means there is no earlier figure");
    }

    @Test
    void theFivePointBreakdownCountsEveryRow() {
        int items = KirkleesFixture.measures().size() + KirkleesFixture.actions().size();
        assertThat(report.summary().fivePoint().stream().mapToInt(BreakdownRow::count).sum()).isEqualTo(items);
        assertThat(text).contains("Five-point breakdown, Quarter 2").contains("All actions and measures " + items);
        for (BreakdownRow row : report.summary().fivePoint()) {
            assertThat(text).contains(row.code() + " " + row.label() + " " + row.group() + " " + row.count());
        }
        BreakdownRow amberGreen = report.summary().fivePoint().get(1);
        BreakdownRow green = report.summary().fivePoint().get(0);
        assertThat(report.summary().counts().onTrack()).isEqualTo(green.count() + amberGreen.count());
    }

    @Test
    void complianceIsStatedInTheWordsOfTheCabinetReport() {
        assertThat(text).contains("The first issue is one of compliance. Returns were due by 13 Oct 2017 17:00."
                + " 3% of actions and measures combined remain unreported by services."
                + " At three weeks after quarter end only 64% of returns had been made."
                + " It has taken two weeks of chase up to get to 95% completion (35 days after quarter end)."
                + " 27 reminders, chases and escalations were sent."
                + " Returns in late or not at all: Customer Services (late), Policy and Intelligence (not in).");
    }

    @Test
    void moneyIsInTheUnitsScaleAndNothingIsLeftUnexplained() {
        assertThat(text).contains("£1.7m").contains("£0.3m (£2m cum)").contains("£10m");
        assertThat(text).contains("No comparison").contains("Improving");
    }

    @Test
    void everyExplanationAServiceGaveIsPrintedAndNoneGivenOnlyWhereThereWasNone() {
        int unexplained = 0;
        for (var theme : report.themes()) {
            for (var group : theme.exceptions()) {
                for (var item : group.items()) {
                    if (item.reasons() != null) {
                        assertThat(text).contains("Reasons for performance: " + item.reasons().replaceAll("\\s+", " "));
                    } else if (item.commentary() == null) {
                        unexplained++;
                    }
                }
            }
        }
        assertThat(text.split("Reasons for performance: None given", -1).length - 1).isEqualTo(unexplained);
    }

    @Test
    void highlightReportsFollowTheThemes() {
        assertThat(text.indexOf("Highlight reports Each service")).isGreaterThan(text.indexOf("Key Actions – Resilient Kirklees"));
        assertThat(text).contains("Children who need help and protection Children and Families Current issues"
                + " Timeliness of initial child protection conferences fell to 48.3%")
                .contains("Improvements 24 hour decision making on social care referrals rose to 72.5%")
                .contains("Head of service's narrative Caseloads remain high")
                .contains("Customer Services Corporate Current issues None given.");
    }

    @Test
    void hasABookmarkForEverySectionAndContentsWithPageNumbers() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactly("Cover report", "Contents", "Key to ratings", "Executive summary",
                    "Compliance", "Ambitious Kirklees", "Resilient Kirklees", "Highlight reports",
                    "Appendix: activity indicators");
        }
        // the contents lines end with the page each section starts on
        assertThat(text).containsPattern("Executive summary \\.+ \\d+").containsPattern("Ambitious Kirklees \\.+ \\d+");
    }

    @Test
    void noTextPrintsOverOtherTextOrOffThePage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> problems = new ArrayList<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDPage page = doc.getPage(p);
                List<Glyph> glyphs = glyphs(doc, p + 1);
                float width = page.getMediaBox().getWidth();
                for (Glyph g : glyphs) {
                    if (g.box.getMaxX() > width - 20 || g.box.getMinX() < 20) {
                        problems.add("page " + (p + 1) + ": '" + g.text + "' runs into the margin");
                    }
                }
                for (int i = 0; i < glyphs.size(); i++) {
                    for (int j = i + 1; j < glyphs.size(); j++) {
                        Glyph a = glyphs.get(i);
                        Glyph b = glyphs.get(j);
                        if (overlap(a.box, b.box)) {
                            problems.add("page " + (p + 1) + ": '" + a.text + "' prints over '" + b.text + "'");
                        }
                    }
                }
            }
            assertThat(problems).isEmpty();
        }
    }

    private record Glyph(String text, Rectangle2D box) {
    }

    /** Each glyph's box, shrunk a little so neighbouring letters of one word do not count as overlapping. */
    private static List<Glyph> glyphs(PDDocument doc, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (!t.getUnicode().isBlank()) {
                    float w = t.getWidthDirAdj();
                    float h = t.getHeightDir();
                    out.add(new Glyph(t.getUnicode(), new Rectangle2D.Float(t.getXDirAdj() + w * 0.2f,
                            t.getYDirAdj() - h * 0.8f, w * 0.6f, h * 0.6f)));
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return out;
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        return a.getWidth() > 0 && b.getWidth() > 0 && a.intersects(b);
    }
}
