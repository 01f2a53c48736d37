package uk.quarterlyreturns.report.render;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.quarterlyreturns.report.render.ReportParts.Part;

/**
 * Prints a report part by part ({@link ReportParts}) and joins the parts into one PDF. The parts after the cover
 * print first, two at a time, each to a temporary file; then the cover, with their page numbers in its contents;
 * then the files are joined with their tagged structure and bookmarks, and every page is numbered "Page N of M",
 * as one print numbers it. Only the joined document's pages are held at the end, and PDFBox keeps their streams
 * in a temporary file.
 */
final class PrintedInParts {

    /** Prints one well-formed document, leaving the PDF open. */
    interface Printer {
        PDDocument print(Document document) throws IOException;
    }

    /** One print's page footers are left off the parts: the joined document is numbered as a whole. */
    private static final String PARTS_CSS = "@page { @bottom-center { content: none; } }"
            + " @page wide { @bottom-center { content: none; } }"
            + " @media print { nav.contents a.toc-entry::after { content: leader('.') attr(data-page); } }";

    /**
     * A contents entry for a section in another part links to this address while the cover is printed alone; once
     * the parts are joined, the link is turned to the page itself.
     */
    private static final String PAGE_LINK = "report-page:";

    private PrintedInParts() {
    }

    /** The report's parts printed and joined; dated by {@code created} when it is given (see PdfDates). */
    static byte[] print(Document report, List<Part> parts, Printer printer, int threads, Instant created) {
        Path folder = null;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "report-part");
            t.setDaemon(true);
            return t;
        });
        try {
            folder = Files.createTempDirectory("report-parts-");
            List<File> files = new ArrayList<>();
            List<Future<Integer>> printed = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                File file = folder.resolve("part-" + i + ".pdf").toFile();
                files.add(file);
                if (i > 0) {
                    // made here, one after another: a DOM is not safe to read, let alone move nodes out of, from
                    // two threads at once
                    Document part = document(report, parts.get(i), Map.of(), false);
                    printed.add(pool.submit(() -> printTo(printer, part, file)));
                }
            }
            List<Integer> pages = new ArrayList<>();
            for (Future<Integer> f : printed) {
                pages.add(f.get());
            }
            printCover(report, parts, pages, printer, files.get(0));
            return joined(files, created);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException("A part of the report could not be printed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The report's printing was interrupted", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be printed in parts", e);
        } finally {
            pool.shutdownNow();
            delete(folder);
        }
    }

    /**
     * The cover's contents give each later section's first page; the numbers depend on how many pages the cover
     * itself takes, so it is printed again in the rare case that the first guess was wrong.
     */
    private static void printCover(Document report, List<Part> parts, List<Integer> pages, Printer printer,
            File file) throws IOException {
        int coverPages = 1;
        for (int attempt = 0; attempt < 3; attempt++) {
            Map<String, Integer> firstPages = new HashMap<>();
            int next = coverPages + 1;
            for (int i = 1; i < parts.size(); i++) {
                for (String id : parts.get(i).ids()) {
                    firstPages.putIfAbsent(id, next);
                }
                next += pages.get(i - 1);
            }
            int printed = printTo(printer, document(report, parts.get(0), firstPages, true), file);
            if (printed == coverPages) {
                return;
            }
            coverPages = printed;
        }
    }

    /**
     * A document of the report's head (its bookmarks only to what the part holds) and the part's nodes: moved
     * into it, so that they go once printed, or copied (the cover, which may be printed twice).
     */
    private static Document document(Document report, Part part, Map<String, Integer> pagesOfOtherParts,
            boolean copy) {
        Document doc = newDocument();
        Element root = report.getDocumentElement();
        Element html = (Element) doc.importNode(root, false);
        doc.appendChild(html);
        Element head = (Element) doc.importNode(ReportParts.child(root, "head"), true);
        html.appendChild(head);
        for (Element bookmarks : ReportParts.children(head)) {
            if ("bookmarks".equals(bookmarks.getLocalName())) {
                for (Element bookmark : ReportParts.children(bookmarks)) {
                    if (!part.ids().contains(bookmark.getAttribute("href").replaceFirst("^#", ""))) {
                        bookmarks.removeChild(bookmark);
                    }
                }
            }
        }
        Element style = doc.createElementNS(html.getNamespaceURI(), "style");
        style.setTextContent(PARTS_CSS);
        head.appendChild(style);
        Element body = (Element) doc.importNode(ReportParts.child(root, "body"), false);
        html.appendChild(body);
        for (Element node : part.nodes()) {
            body.appendChild(copy ? doc.importNode(node, true) : doc.adoptNode(node));
        }
        if (!pagesOfOtherParts.isEmpty()) {
            numberContents(body, part, pagesOfOtherParts); // only the cover has contents
        }
        noBreakAfterTheEnd(body);
        return doc;
    }

    /** A part ends its page anyway: a break after its last section would leave a blank page. */
    private static void noBreakAfterTheEnd(Element body) {
        List<Element> children = ReportParts.children(body);
        for (Element last = children.isEmpty() ? null : children.get(children.size() - 1); last != null; ) {
            last.setAttribute("style", (last.getAttribute("style") + " page-break-after: auto;").trim());
            children = ReportParts.children(last);
            last = children.isEmpty() ? null : children.get(children.size() - 1);
        }
    }

    /**
     * Contents entries for sections in other parts: their page number written out, and a link to that page that
     * becomes one when the parts are joined ({@link #linkContents}).
     */
    private static void numberContents(Element element, Part part, Map<String, Integer> pages) {
        for (Element child : ReportParts.children(element)) {
            String target = child.getAttribute("href").replaceFirst("^#", "");
            if ("a".equals(child.getLocalName()) && !part.ids().contains(target) && pages.containsKey(target)) {
                child.setAttribute("class", (child.getAttribute("class") + " toc-entry").trim());
                child.setAttribute("data-page", String.valueOf(pages.get(target)));
                child.setAttribute("href", PAGE_LINK + pages.get(target));
            } else {
                numberContents(child, part, pages);
            }
        }
    }

    /**
     * Prints the document to the file and says how many pages it took. Saved without object streams: PDFBox 3.0.3 parses a whole object stream again for each object read from it,
     * which made joining the parts two and a half times slower.
     */
    private static int printTo(Printer printer, Document document, File file) {
        try (PDDocument printed = printer.print(document)) {
            Files.deleteIfExists(file.toPath()); // the cover's second print replaces its first
            printed.save(file, CompressParameters.NO_COMPRESSION);
            return printed.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("A part of the report could not be printed", e);
        }
    }

    private static byte[] joined(List<File> files, Instant created) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (PDDocument joined = Loader.loadPDF(files.get(0), IOUtils.createTempFileOnlyStreamCache())) {
            int coverPages = joined.getNumberOfPages();
            for (File file : files.subList(1, files.size())) {
                try (PDDocument part = Loader.loadPDF(file, IOUtils.createTempFileOnlyStreamCache())) {
                    merger.appendDocument(joined, part);
                }
            }
            linkContents(joined, coverPages);
            PageNumbers.number(joined);
            if (created != null) {
                PdfDates.date(joined, created);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            joined.save(out);
            return out.toByteArray();
        }
    }

    /** The cover's links to pages of other parts, which the cover alone could not reach, now lead to them. */
    private static void linkContents(PDDocument joined, int coverPages) throws IOException {
        for (int i = 0; i < coverPages; i++) {
            for (PDAnnotation annotation : joined.getPage(i).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(PAGE_LINK)) {
                    int page = Integer.parseInt(uri.getURI().substring(PAGE_LINK.length()));
                    PDPageFitDestination destination = new PDPageFitDestination();
                    destination.setPage(joined.getPage(page - 1));
                    PDActionGoTo goTo = new PDActionGoTo(); // as the print's own links within a part
                    goTo.setDestination(destination);
                    link.setAction(goTo);
                }
            }
        }
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is removed with the machine's temporary files
        }
    }
}
