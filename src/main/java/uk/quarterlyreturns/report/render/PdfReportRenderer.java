package uk.quarterlyreturns.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.Semaphore;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Prints the report's HTML to an A4, tagged (PDF/UA) PDF. The DejaVu Sans font ships inside the jar and
 * is embedded, so £, arrows and dashes print on any server, and the title and language are taken from
 * the document's title and lang for screen readers.
 */
public final class PdfReportRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    /** Above this many elements a report prints in parts (a council's 600 measures are about 25,000). */
    static final int PRINT_WHOLE_UP_TO = 40_000;
    /** The elements of one part: the heap a part's layout takes grows with them (about 250 MB at this size). */
    static final int PART_SIZE = 15_000;
    /** Parts printed at once: printing holds this many parts' layouts, and a printed part or two waiting to be joined. */
    private static final int PARTS_AT_ONCE = 2;
    /**
     * From this many elements a print takes hundreds of megabytes of heap (a council's report takes about 25,000), so
     * such prints go one at a time: a draft and the chief executive's compilation at once could exhaust the heap.
     */
    static final int LARGE_FROM = 10_000;
    private static final Semaphore LARGE_PRINTS = new Semaphore(1, true);

    private final int printWholeUpTo;
    private final int partSize;
    private final int largeFrom;

    public PdfReportRenderer() {
        this(PRINT_WHOLE_UP_TO, PART_SIZE, LARGE_FROM);
    }

    /** With other sizes, so that a test can print a small report in parts. */
    PdfReportRenderer(int printWholeUpTo, int partSize) {
        this(printWholeUpTo, partSize, LARGE_FROM);
    }

    /** With other sizes, so that a test can print small reports as large ones. */
    PdfReportRenderer(int printWholeUpTo, int partSize, int largeFrom) {
        this.printWholeUpTo = printWholeUpTo;
        this.partSize = partSize;
        this.largeFrom = largeFrom;
    }

    public byte[] render(String html) {
        return render(html, null);
    }

    /** With the creation date the application's clock gives (null: the system clock's, as the printer sets it). */
    public byte[] render(String html, Instant created) {
        return render(html, created, PrintProgress.NONE);
    }

    /** The same, telling {@code progress} how it goes. */
    public byte[] render(String html, Instant created, PrintProgress progress) {
        Document document = parse(html);
        // at once, not part by part: the whole report is held while its parts print, and this is a fifth of its nodes
        TableWhitespace.drop(document.getDocumentElement());
        Sparklines.wrap(ChartDescriptions.describe(document));
        int size = ReportParts.size(document.getDocumentElement());
        boolean large = size >= largeFrom;
        if (large) {
            takeTurn(progress);
        }
        try {
            if (size > printWholeUpTo) {
                return PrintedInParts.print(document, ReportParts.split(document, partSize),
                        part -> trimmed(printer(part, OutputStream.nullOutputStream()).createPDFKeepOpen()),
                        Math.min(PARTS_AT_ONCE, Runtime.getRuntime().availableProcessors()), created, progress);
            }
            return print(document, created);
        } finally {
            if (large) {
                LARGE_PRINTS.release();
            }
        }
    }

    /** Waits, saying so, while another large report prints. */
    private static void takeTurn(PrintProgress progress) {
        if (LARGE_PRINTS.tryAcquire()) {
            return;
        }
        progress.waiting();
        try {
            LARGE_PRINTS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The report's printing was interrupted while another printed", e);
        }
    }

    /** Printed whole, its artifacts written inline and dated as it is saved (not read back to be dated). */
    private static byte[] print(Document document, Instant created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer printer = printer(document, OutputStream.nullOutputStream());
                PDDocument pdf = trimmed(printer.createPDFKeepOpen())) {
            pdf.getPages().forEach(InlineArtifacts::inline);
            if (created != null) {
                PdfDates.date(pdf, created);
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be printed to PDF", e);
        }
        return out.toByteArray();
    }

    /** The printed document without its empty artifacts, its content compressed. */
    private static PDDocument trimmed(PDDocument pdf) {
        pdf.getPages().forEach(EmptyArtifacts::trim);
        return pdf;
    }

    /** The document laid out, ready to print to the stream. */
    static PdfBoxRenderer printer(Document document, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        // content left uncompressed, to be compressed once its empty artifacts are out (EmptyArtifacts)
        builder.testMode(true);
        // Batik draws the charts' text and takes fonts only from files, hence the copies on disk
        EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
        builder.useFont(ReportFonts.REGULAR.file(), FONT_FAMILY, 400, FontStyle.NORMAL, true, everywhere);
        builder.useFont(ReportFonts.BOLD.file(), FONT_FAMILY, 700, FontStyle.NORMAL, true, everywhere);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useObjectDrawerFactory(new Sparklines());
        builder.useDefaultPageSize(210, 297, PdfRendererBuilder.PageSizeUnits.MM);
        builder.usePageSupplier(new IndexedPropertyLists());
        builder.withProducer("Quarterly Returns");
        builder.withW3cDocument(document, baseUri());
        builder.toStream(out);
        PdfBoxRenderer printer = builder.buildPdfRenderer();
        printer.getSharedContext().setTextRenderer(new RememberedWidths());
        printer.layout();
        return printer;
    }

    static Document parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            // every node built now, not on first reading: parts of the document print on threads of their own
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("The report's HTML is not well-formed, so it cannot be printed", e);
        }
    }

    private static String baseUri() {
        URL template = PdfReportRenderer.class.getResource("/report/report.html");
        return template == null ? "classpath:/report/" : template.toExternalForm();
    }
}
