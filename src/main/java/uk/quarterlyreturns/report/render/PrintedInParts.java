package uk.quarterlyreturns.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.quarterlyreturns.report.render.ReportParts.Part;

/**
 * Prints a report part by part ({@link ReportParts}) and joins the parts into one PDF. The parts after the cover
 * print first, two at a time, and each is joined to the report as soon as it and those before it are printed, while
 * the next ones print; then the cover, with their page numbers in its contents, is joined and moved to the front.
 * The parts keep their tagged structure and bookmarks, and every page is numbered "Page N of M", as one print numbers
 * it. A part is held only until it is joined, and the joined report keeps its pages' streams in a temporary file.
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

    /**
     * The report's parts printed and joined; dated by {@code created} when it is given (see PdfDates). Tells
     * {@code progress} as each part is joined (the cover last) and when all is written.
     */
    static byte[] print(Document report, List<Part> parts, Printer printer, int threads, Instant created,
            PrintProgress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "report-part");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<PDDocument>> printing = new ArrayDeque<>();
        try (PDDocument joined = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            // made here, one after another: a DOM is not safe to read, let alone move nodes out of, from two threads
            List<Document> later = new ArrayList<>();
            for (Part part : parts.subList(1, parts.size())) {
                later.add(document(report, part, Map.of(), false));
            }
            List<Integer> pages = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < later.size(); i++) {
                // printed at most one ahead of the threads, so that the parts held at once stay few
                for (; next < later.size() && next <= i + threads; next++) {
                    Document part = later.set(next, null);
                    printing.add(pool.submit(() -> printer.print(part)));
                }
                try (PDDocument part = printing.remove().get()) {
                    pages.add(part.getNumberOfPages());
                    JoinedParts.append(joined, part);
                }
                progress.printed(i + 1, parts.size() + 1);
            }
            int coverPages;
            // on a thread of the pool, as every part: the printer keeps its last layout in a thread-local, and the
            // whole joined report stayed reachable from the cover's on the caller's thread after the print
            try (PDDocument cover = pool.submit(() -> printCover(report, parts, pages, printer)).get()) {
                coverPages = cover.getNumberOfPages();
                JoinedParts.putFirst(joined, cover);
            }
            progress.printed(parts.size(), parts.size() + 1);
            linkContents(joined, coverPages);
            PageNumbers.number(joined);
            if (created != null) {
                PdfDates.date(joined, created);
            }
            // joining copied each artifact's properties into an object of its own again
            joined.getPages().forEach(InlineArtifacts::inline);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            joined.save(out);
            progress.printed(parts.size() + 1, parts.size() + 1);
            return out.toByteArray();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException("A part of the report could not be printed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The report's printing was interrupted", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be printed in parts", e);
        } finally {
            for (Runnable neverStarted : pool.shutdownNow()) {
                ((Future<?>) neverStarted).cancel(false);
            }
            closeAll(printing);
        }
    }

    /**
     * The cover's contents give each later section's first page; the numbers depend on how many pages the cover
     * itself takes, so it is printed again in the rare case that the first guess was wrong.
     */
    private static PDDocument printCover(Document report, List<Part> parts, List<Integer> pages, Printer printer)
            throws IOException {
        int coverPages = 1;
        PDDocument cover = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Map<String, Integer> firstPages = new HashMap<>();
            int next = coverPages + 1;
            for (int i = 1; i < parts.size(); i++) {
                for (String id : parts.get(i).ids()) {
                    firstPages.putIfAbsent(id, next);
                }
                next += pages.get(i - 1);
            }
            if (cover != null) {
                cover.close();
            }
            cover = printer.print(document(report, parts.get(0), firstPages, true));
            if (cover.getNumberOfPages() == coverPages) {
                break;
            }
            coverPages = cover.getNumberOfPages();
        }
        return cover;
    }

    /**
     * Parts printed but not joined, when the printing stops early: those being printed are waited for (the printer
     * does not stop when interrupted) and every document closed.
     */
    private static void closeAll(Deque<Future<PDDocument>> printing) {
        for (Future<PDDocument> part : printing) {
            try (PDDocument unjoined = part.get()) {
                // closed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | CancellationException | IOException e) {
                // nothing was printed, or nothing is left to close
            }
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
}
