package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import com.openhtmltopdf.util.ThreadCtx;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.ReportCompiler;

/**
 * The fixture report printed in parts, as a national collection's would be, beside the same report printed
 * whole: the same words, every page numbered of the total, the contents and bookmarks leading to the right
 * pages, one tagged structure with every chart described once, and the accessibility metadata kept.
 */
class PrintedInPartsTest {

    /** Small enough that the fixture's long theme tables are cut into pieces too. */
    private static final int PART_SIZE = 600;
    private static final java.time.Instant COMPILED = java.time.Instant.parse("2017-10-30T10:00:00Z");
    private static final Pattern PAGE_FOOTER = Pattern.compile("Page (\\d+) of (\\d+)");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^(.+?)\\s*\\.{3,}\\s*(\\d+)$");

    private static String html;
    private static byte[] whole;
    private static byte[] inParts;
    private static boolean layoutLeftOnThisThread;

    @BeforeAll
    static void print() throws Exception {
        CompiledReport report = ReportCompiler.compile(KirkleesFixture.input());
        html = new HtmlReportRenderer().render(report);
        whole = new PdfReportRenderer().render(html);
        inParts = new PdfReportRenderer(1, PART_SIZE).render(html, COMPILED);
        layoutLeftOnThisThread = printerContextOnThisThread();
        // left for people to look at beside the whole print
        java.nio.file.Path pages = java.nio.file.Path.of("target", "report-pages");
        java.nio.file.Files.createDirectories(pages);
        java.nio.file.Files.write(pages.resolve("fixture-printed-in-parts.pdf"), inParts);
    }

    @Test
    void theReportWasCutIntoPartsAndATableIntoPieces() throws Exception {
        var document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(html)));
        int tables = document.getElementsByTagName("table").getLength();
        List<ReportParts.Part> parts = ReportParts.split(document, PART_SIZE);
        assertThat(parts).hasSizeGreaterThan(8);
        // beyond the part's size only the cover (never cut) and main, the copy around each piece
        assertThat(parts.subList(1, parts.size())).allSatisfy(p -> assertThat(p.nodes().stream()
                .mapToInt(ReportParts::size).sum()).as("a part's elements").isLessThanOrEqualTo(PART_SIZE + 1));
        long measureTables = parts.stream().flatMap(p -> p.nodes().stream())
                .mapToLong(n -> n.getElementsByTagName("table").getLength()).sum();
        assertThat(measureTables).isGreaterThan(tables);
    }

    @Test
    void everyLineOfTheWholePrintIsPrintedAndNothingElse() throws Exception {
        assertThat(lines(inParts)).isEqualTo(lines(whole));
    }

    @Test
    void everyPageIsNumberedOfTheTotalAndNoneIsBlank() throws Exception {
        try (PDDocument doc = Loader.loadPDF(inParts)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(pageCount(whole));
            for (int i = 1; i <= pages; i++) {
                String text = pageText(doc, i);
                Matcher footer = PAGE_FOOTER.matcher(text);
                assertThat(footer.find()).as("page " + i + " has a footer").isTrue();
                assertThat(footer.group(1) + " of " + footer.group(2)).isEqualTo(i + " of " + pages);
                assertThat(footer.find()).as("page " + i + " has one footer").isFalse();
                assertThat(PAGE_FOOTER.matcher(text).replaceAll("")).as("page " + i + " is not blank").isNotBlank();
            }
        }
    }

    @Test
    void theContentsGiveEachSectionsFirstPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(inParts)) {
            int contents = contentsPage(doc);
            List<Map.Entry<String, Integer>> entries = contentsEntries(doc, contents);
            for (Map.Entry<String, Integer> entry : entries) {
                int page = entry.getValue();
                String heading = heading(entry.getKey());
                assertThat(pageText(doc, page)).as(entry.getKey() + " on page " + page).contains(heading);
                if (page > 1 && page - 1 != contents) {
                    assertThat(pageText(doc, page - 1)).as(entry.getKey() + " starts on page " + page)
                            .doesNotContain(heading);
                }
            }
            assertThat(entries.stream().map(Map.Entry::getKey).toList()).contains("Key to ratings", "Executive summary", "Compliance", "Ambitious Kirklees",
                    "Appendix: activity indicators");
        }
    }

    @Test
    void everyContentsEntryLinksToItsPageInsideTheDocument() throws Exception {
        try (PDDocument doc = Loader.loadPDF(inParts)) {
            int contents = contentsPage(doc);
            Set<Integer> entryPages = new TreeSet<>(contentsEntries(doc, contents).stream().map(Map.Entry::getValue)
                    .toList());
            Set<Integer> linkPages = new TreeSet<>();
            for (PDAnnotation annotation : doc.getPage(contents - 1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    assertThat(link.getAction()).as("a contents link stays inside the document")
                            .isInstanceOf(PDActionGoTo.class);
                    PDPageDestination destination = (PDPageDestination) ((PDActionGoTo) link.getAction())
                            .getDestination();
                    linkPages.add(doc.getPages().indexOf(destination.getPage()) + 1);
                }
            }
            assertThat(entryPages).hasSizeGreaterThan(4);
            assertThat(linkPages).isEqualTo(entryPages);
        }
    }

    @Test
    void theBookmarksAreTheWholePrintsAndLeadToTheirSections() throws Exception {
        try (PDDocument parts = Loader.loadPDF(inParts); PDDocument one = Loader.loadPDF(whole)) {
            assertThat(titles(parts)).isEqualTo(titles(one));
            for (PDOutlineItem item : parts.getDocumentCatalog().getDocumentOutline().children()) {
                PDPage page = item.findDestinationPage(parts);
                assertThat(page).as(item.getTitle()).isNotNull();
                int number = parts.getPages().indexOf(page) + 1;
                assertThat(pageText(parts, number)).as(item.getTitle() + " on page " + number)
                        .contains(heading(item.getTitle()));
            }
        }
    }

    @Test
    void oneTaggedStructureDescribingEveryChartOnceWithTheMetadataKeptAndTheApplicationsDate() throws Exception {
        try (PDDocument parts = Loader.loadPDF(inParts); PDDocument one = Loader.loadPDF(whole)) {
            var catalog = parts.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(parts.getDocumentInformation().getTitle()).isEqualTo(one.getDocumentInformation().getTitle());
            assertThat(new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("pdfuaid");
            // dated by the application's clock as it is joined, not read back to be dated
            assertThat(parts.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(COMPILED);
            assertThat(parts.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(COMPILED);
            assertThat(figures(parts)).containsExactlyInAnyOrderElementsOf(figures(one));
            // every page's marked content finds its structure elements
            PDNumberTreeNode parents = catalog.getStructureTreeRoot().getParentTree();
            for (PDPage page : parts.getPages()) {
                assertThat(parents.getValue(page.getStructParents())).as("parent tree entry of a page").isNotNull();
            }
        }
    }

    /** A screen reader reads the structure, not the pages: the cover comes first there too, then each part in turn. */
    @Test
    void theTaggedStructureReadsInTheOrderOfThePagesCoverFirst() throws Exception {
        try (PDDocument parts = Loader.loadPDF(inParts)) {
            List<Object> top = parts.getDocumentCatalog().getStructureTreeRoot().getKids();
            assertThat(top).hasSize(1);
            List<Integer> firstPages = new ArrayList<>();
            for (Object part : ((PDStructureElement) top.get(0)).getKids()) {
                firstPages.add(parts.getPages().indexOf(firstPage((PDStructureElement) part)) + 1);
            }
            assertThat(firstPages).hasSizeGreaterThan(8).startsWith(1).isSorted();
        }
    }

    private static PDPage firstPage(PDStructureElement element) {
        if (element.getPage() != null) {
            return element.getPage();
        }
        for (Object kid : element.getKids()) {
            PDPage page = kid instanceof PDStructureElement e ? firstPage(e) : null;
            if (page != null) {
                return page;
            }
        }
        return null;
    }

    /**
     * The printer keeps its last layout in a thread-local, reached from there was the whole joined report when the
     * cover was printed on the caller's thread: a server's request or job thread held it after the print.
     */
    @Test
    void theCallersThreadKeepsNothingOfThePrint() {
        assertThat(layoutLeftOnThisThread).isFalse();
    }

    /**
     * A part that cannot be printed (here the third: the disk is full) stops the whole print with its cause, and
     * every part printed before or beside it is closed, joined or not, and no printing thread is left running.
     */
    @Test
    void aPartThatCannotBePrintedStopsThePrintWithItsCauseAndLeavesNothingOpen() throws Exception {
        var report = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(html)));
        List<ReportParts.Part> parts = ReportParts.split(report, PART_SIZE);
        AtomicInteger calls = new AtomicInteger();
        List<PDDocument> printed = new java.util.concurrent.CopyOnWriteArrayList<>();
        PrintedInParts.Printer thirdFails = part -> {
            if (calls.incrementAndGet() == 3) {
                throw new java.io.IOException("No space left on device");
            }
            PDDocument blank = new PDDocument();
            blank.addPage(new PDPage());
            printed.add(blank);
            return blank;
        };
        assertThatThrownBy(() -> PrintedInParts.print(report, parts, thirdFails, 2, COMPILED, PrintProgress.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessage("A part of the report could not be printed")
                .hasRootCauseMessage("No space left on device");
        assertThat(printed).isNotEmpty().allSatisfy(d -> assertThat(d.getDocument().isClosed()).isTrue());
        assertThat(calls.get()).as("no part printed after the failure was seen").isLessThan(parts.size() - 1);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("report-part"))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("report-part"));
    }

    /** Whether the printer left a layout in its thread-local here: it says there is none by throwing. */
    private static boolean printerContextOnThisThread() {
        try {
            return ThreadCtx.get().sharedContext() != null;
        } catch (NullPointerException none) {
            return false;
        }
    }

    @Test
    void backgroundsAreArtifactsWhosePropertiesAreWrittenInsideThePage() throws Exception {
        PdfReportRendererTest.assertArtifactPropertiesInline(inParts);
    }

    @Test
    void noPageMarksAnArtifactThatHoldsNothingAndEveryContentStreamIsCompressed() throws Exception {
        PdfReportRendererTest.assertNoEmptyArtifacts(inParts);
    }

    @Test
    void everyFontIsTheEmbeddedDejaVuSans() throws Exception {
        PdfReportRendererTest.assertEveryFontIsTheEmbeddedDejaVuSans(inParts);
    }

    /** The text's lines without page footers and the contents' page numbers: what pagination does not change. */
    private static Set<String> lines(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<String> lines = new LinkedHashSet<>();
            for (String line : new PDFTextStripper().getText(doc).split("\\R")) {
                String l = PAGE_FOOTER.matcher(line).replaceAll("").trim();
                Matcher entry = CONTENTS_ENTRY.matcher(l);
                lines.add(entry.matches() ? entry.group(1) : l);
            }
            return new TreeSet<>(lines);
        }
    }

    /** What the page a contents entry or bookmark leads to says: the cover report has no heading of that name. */
    private static String heading(String entry) {
        return entry.equals("Cover report") ? "Name of meeting" : entry;
    }

    /** The contents page's entries, each with the page number it gives, in the order they are listed. */
    private static List<Map.Entry<String, Integer>> contentsEntries(PDDocument doc, int contents) throws Exception {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>();
        for (String line : pageText(doc, contents).split("\\R")) {
            Matcher entry = CONTENTS_ENTRY.matcher(line.trim());
            if (entry.matches()) {
                entries.add(Map.entry(entry.group(1), Integer.parseInt(entry.group(2))));
            }
        }
        return entries;
    }

    private static int contentsPage(PDDocument doc) throws Exception {
        for (int page = 1; page <= 3; page++) {
            if (pageText(doc, page).contains("Contents")) {
                return page;
            }
        }
        throw new AssertionError("no contents in the first three pages");
    }

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static int pageCount(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static List<String> titles(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
        return titles;
    }

    private static List<String> figures(PDDocument doc) {
        List<String> figures = new ArrayList<>();
        PdfReportRendererTest.collectFigures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
        return figures;
    }
}
