package uk.quarterlyreturns.bench;

import uk.quarterlyreturns.report.render.PdfReportRenderer;

/**
 * Prints the benchmark's report of N services in this JVM, whose heap the benchmark bounds (-Xmx), and says
 * {@value #PRINTED} with the time taken; running out of memory ends the JVM without it.
 */
public final class PrintWithinHeap {

    static final String PRINTED = "PRINTED";

    private PrintWithinHeap() {
    }

    public static void main(String[] args) {
        String html = PdfReportBenchmark.html(Integer.parseInt(args[0]));
        long start = System.nanoTime();
        byte[] pdf = new PdfReportRenderer().render(html);
        System.out.println(PRINTED + " in " + (System.nanoTime() - start) / 1_000_000 + " ms, " + pdf.length / 1024
                + " KB");
    }
}
