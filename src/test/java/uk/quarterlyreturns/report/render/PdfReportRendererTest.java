package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.Lines;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportCompiler;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.TrendChart;
import uk.quarterlyreturns.support.BesideTheSuite;

@Execution(ExecutionMode.CONCURRENT) // pure code, no application: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class PdfReportRendererTest {

    private static final java.time.Instant COMPILED = java.time.Instant.parse("2017-10-30T10:00:00Z");
    private static byte[] pdf;
    private static String text;
    private static List<String> trendWords;

    /** The full fixture, with one override so its footnote prints too, and one provisional figure marked. */
    @BeforeAll
    static void render() throws Exception {
        List<MeasureLine> measures = new ArrayList<>(KirkleesFixture.measures());
        int i = measures.indexOf(KirkleesFixture.measure(measures, "3.1"));
        measures.set(i, Lines.overridden(measures.get(i), Rag.GREEN, "Sue Grigg",
                "The rate has fallen for nine months in a row"));
        int p = measures.indexOf(KirkleesFixture.measure(measures, "3.3"));
        measures.set(p, Lines.provisional(measures.get(p)));
        int revised = measures.indexOf(KirkleesFixture.measure(measures, "3.19"));
        measures.set(revised, measures.get(revised).withRevisedQuarters(List.of(1)));
        ReportInput input = KirkleesFixture.input(measures, KirkleesFixture.actions());
        CompiledReport report = ReportCompiler.compile(input);
        trendWords = report.themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.trend() != null).map(r -> r.trend()).map(PdfReportRendererTest::alt).toList();
        String html = new HtmlReportRenderer().render(report);
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
                .contains("78.8%; Target: 85%; 16/17: 75.6%; ↑ Improved against Q1 2017/18 (previous quarter): 63.4%")
                .contains("Performance Measures – Ambitious Kirklees")
                .contains("RAG set by Sue Grigg: The rate has fallen for nine months in a row (computed: A)")
                .contains("Page 1 of");
    }

    /** A provisional figure's "p" prints as text beside it, and the caption's key and the summary say what it is. */
    @Test
    void aProvisionalFigureIsMarkedInWordsAReaderHears() {
        assertThat(text).contains("57.8% 72.5% p ", "p marks a provisional figure", "Q2: 72.5% (provisional)",
                "1 figure this quarter is provisional and may be revised (marked p).");
    }

    /** A screen reader reading the table's cell hears "provisional figure" (or "figure revised ..."), not a letter alone. */
    @Test
    void theProvisionalMarkIsTaggedWithItsExpansion() throws Exception {
        List<String> expanded = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collectExpansions(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), expanded);
        }
        assertThat(expanded).containsExactly("provisional figure", "figure revised since it was reported provisional");
    }

    private static void collectExpansions(List<Object> kids, List<String> expanded) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                if (e.getExpandedForm() != null) {
                    expanded.add(e.getExpandedForm());
                }
                collectExpansions(e.getKids(), expanded);
            }
        }
    }

    /** An earlier figure revised since it was reported provisional prints "r" beside it, and the caption says why. */
    @Test
    void aRevisedEarlierFigureIsMarkedInWordsAReaderHears() {
        assertThat(text).contains("r marks a figure revised since it was reported provisional", "63.4% r ");
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

    /** The trend charts' labels are page text now, so each chart must still be a described figure in the tags. */
    @Test
    void everyTrendChartIsAFigureWithItsWordsAndItsAxisLabelsPrint() throws Exception {
        List<String> figures = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collectFigures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
        }
        assertThat(trendWords).hasSizeGreaterThan(10);
        assertThat(figures.stream().filter(f -> f.startsWith("Trend for ")).toList())
                .containsExactlyInAnyOrderElementsOf(trendWords);
        assertThat(text).contains("67.3 65.3 Q1 17/18 to Q2 17/18");
    }

    /** Drawn into the page by {@link Sparklines}: a picture of its own (Batik's form XObject) per chart cost time. */
    @Test
    void trendChartsAreDrawnIntoThePageNotAsPicturesOfTheirOwn() throws Exception {
        int pictures = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                pictures += (int) StreamSupport.stream(page.getResources().getXObjectNames().spliterator(), false)
                        .count();
            }
        }
        assertThat(pictures).as("pictures in the pages").isLessThan(trendWords.size() / 2);
    }

    static void collectFigures(List<Object> kids, List<String> figures) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    figures.add(e.getAlternateDescription());
                }
                collectFigures(e.getKids(), figures);
            }
        }
    }

    private static String alt(TrendChart chart) {
        int start = chart.svg().indexOf("aria-label=\"") + "aria-label=\"".length();
        return chart.svg().substring(start, chart.svg().indexOf('"', start)).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
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
        assertEveryFontIsTheEmbeddedDejaVuSans(pdf);
    }

    static void assertEveryFontIsTheEmbeddedDejaVuSans(byte[] pdf) throws Exception {
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
    void backgroundsAreArtifactsWhosePropertiesAreWrittenInsideThePageNotAsObjectsOfTheirOwn() throws Exception {
        assertArtifactPropertiesInline(pdf);
    }

    @Test
    void noPageMarksAnArtifactThatHoldsNothingAndEveryContentStreamIsCompressed() throws Exception {
        assertNoEmptyArtifacts(pdf);
    }

    /**
     * The printer opens an artifact around every box it paints, most of them empty; none is left, nor its property
     * list, and the content, printed uncompressed to be trimmed, is compressed.
     */
    static void assertNoEmptyArtifacts(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int streams = 0;
            for (PDPage page : doc.getPages()) {
                Set<String> named = new java.util.HashSet<>();
                COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                List<COSStream> pageStreams = contents instanceof COSStream s ? List.of(s)
                        : StreamSupport.stream(((COSArray) contents).spliterator(), false)
                                .map(c -> (COSStream) ((COSObject) c).getObject()).toList();
                for (COSStream stream : pageStreams) {
                    if (stream.getLength() > 16) { // not the footer's "q" that saves the page's state before it
                        assertThat(stream.getFilters()).as("a content stream's filter").isEqualTo(COSName.FLATE_DECODE);
                    }
                    String content;
                    try (var in = stream.createInputStream()) {
                        content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    }
                    assertThat(content).as("an artifact that marks nothing")
                            .doesNotContainPattern("/Artifact /\\w+ BDC\\s+EMC");
                    var names = java.util.regex.Pattern.compile("/(Prop\\d+) BDC").matcher(content);
                    while (names.find()) {
                        named.add(names.group(1));
                    }
                    streams++;
                }
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                Set<String> listed = new java.util.HashSet<>();
                (properties == null ? Set.<COSName>of() : properties.keySet()).forEach(n -> listed.add(n.getName()));
                assertThat(listed).as("the page's property lists: those its content names").isEqualTo(named);
            }
            assertThat(streams).isGreaterThanOrEqualTo(doc.getNumberOfPages());
        }
    }

    /** Every page marks its backgrounds as artifacts, each property list inside the page's resources. */
    static void assertArtifactPropertiesInline(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int artifacts = 0;
            for (PDPage page : doc.getPages()) {
                COSDictionary properties = page.getResources().getCOSObject()
                        .getCOSDictionary(COSName.PROPERTIES);
                for (var name : properties == null ? Set.<COSName>of() : properties.keySet()) {
                    var item = properties.getItem(name);
                    if (item instanceof COSObject reference) {
                        assertThat(reference.getObject() instanceof COSDictionary d
                                && COSName.BACKGROUND.equals(d.getCOSName(COSName.TYPE)))
                                .as("a background's properties as an object of its own").isFalse();
                    } else if (item instanceof COSDictionary d
                            && COSName.BACKGROUND.equals(d.getCOSName(COSName.TYPE))) {
                        assertThat(d.getCOSArray(COSName.BBOX)).as("its box").hasSize(4);
                        artifacts++;
                    }
                }
            }
            assertThat(artifacts).as("backgrounds marked as artifacts").isGreaterThan(doc.getNumberOfPages());
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
