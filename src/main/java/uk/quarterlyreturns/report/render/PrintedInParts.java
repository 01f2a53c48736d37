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
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
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
                later.add(PartDocuments.document(report, part, Map.of(), false));
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
            ContentsLinks.linkContents(joined, coverPages);
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
            cover = printer.print(PartDocuments.document(report, parts.get(0), firstPages, true));
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
}
