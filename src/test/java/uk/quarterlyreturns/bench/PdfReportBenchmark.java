package uk.quarterlyreturns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportCompiler;
import uk.quarterlyreturns.report.TrendPoint;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.PdfReportRenderer;
import uk.quarterlyreturns.report.render.XlsxReportRenderer;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report printed to PDF at a national collection's size (500 services of 40 measures by default,
 * {@code -Dbench.pdfServices=N} for fewer), every measure with a trend of eight quarters so that each row
 * carries its sparkline: the time to PDF, and that it prints in a JVM given a bounded heap
 * ({@code -Dbench.pdfHeapMb}, 2,048 MB by default), which fails the benchmark if it runs out.
 * Needs no database: the report's input is made from the Kirklees fixture's measures, one copy per service.
 */
class PdfReportBenchmark {

    private static final int SERVICES = Integer.getInteger("bench.pdfServices", 500);
    private static final int MEASURES = 40;
    /** The largest heap the printing is given, at the benchmark's size. */
    private static final int HEAP_BOUND_MB = Integer.getInteger("bench.pdfHeapMb", 2048);
    private static final Results RESULTS = new Results("pdf-results");

    /**
     * One print of the small fixture report first, as a running server has done: otherwise whichever figure
     * came first also paid for loading and compiling the printing code, and the two figures did not compare.
     */
    @BeforeAll
    static void warmUp() {
        new PdfReportRenderer().render(new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input())));
    }

    @Test
    void reportOfEveryServiceToPdfWithinTime() throws Exception {
        String html = html(SERVICES);
        long start = System.nanoTime();
        byte[] pdf = new PdfReportRenderer().render(html);
        RESULTS.add(Figure.atMost("report of " + SERVICES + " x " + MEASURES + " with trends: rendered to PDF",
                (System.nanoTime() - start) / 1e6, "ms", 15000));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
            assertThat(doc.getNumberOfPages()).isGreaterThan(SERVICES / 10);
        }
    }

    /**
     * A JVM of its own with at most the bound's heap, and this JVM's collector (the server's): running out there fails
     * the benchmark.
     */
    @Test
    void reportOfEveryServicePrintsWithinABoundedHeap() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + HEAP_BOUND_MB + "m", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:+Use") && a.endsWith("GC")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PrintWithinHeap.class.getName(),
                String.valueOf(SERVICES)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        boolean printed = child.waitFor() == 0 && output.contains(PrintWithinHeap.PRINTED);
        RESULTS.add(new Figure("report of " + SERVICES + " x " + MEASURES + ": printed with at most this heap",
                HEAP_BOUND_MB, "MB", null, null, HEAP_BOUND_MB, printed));
        assertThat(printed).as("printed within " + HEAP_BOUND_MB + " MB of heap:\n" + output).isTrue();
    }

    /** The same report without its trend charts: what the charts cost is the difference. */
    @Test
    void theSameReportWithoutTrendCharts() {
        List<MeasureLine> plain = measures(SERVICES).stream().map(PdfReportBenchmark::withoutTrend).toList();
        String html = new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input(plain,
                KirkleesFixture.actions())));
        long start = System.nanoTime();
        assertThat(new PdfReportRenderer().render(html)).isNotEmpty();
        RESULTS.add(Figure.atMost("report of " + SERVICES + " x " + MEASURES + " without trends: rendered to PDF",
                (System.nanoTime() - start) / 1e6, "ms", 15000));
    }

    /** The same report as the analysts' spreadsheet, which the compilation writes beside the PDF. */
    @Test
    void theSameReportToItsSpreadsheet() throws Exception {
        CompiledReport report = ReportCompiler.compile(KirkleesFixture.input(measures(SERVICES),
                KirkleesFixture.actions()));
        new XlsxReportRenderer().render(report); // warm, as the PDF figures are
        long start = System.nanoTime();
        byte[] xlsx = new XlsxReportRenderer().render(report);
        RESULTS.add(Figure.atMost("report of " + SERVICES + " x " + MEASURES + ": written as a spreadsheet",
                (System.nanoTime() - start) / 1e6, "ms", 5000));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            int rows = 0;
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                if (book.getSheetName(i).equals(measures(1).get(0).theme())) {
                    rows = book.getSheetAt(i).getLastRowNum();
                }
            }
            assertThat(rows).as("a theme's measures, every one").isGreaterThan(SERVICES);
        }
    }

    private static MeasureLine withoutTrend(MeasureLine k) {
        return k.toBuilder().trend(List.of()).build();
    }

    @AfterAll
    static void writeResults() throws Exception {
        RESULTS.write();
    }

    /** The report's HTML for that many services. */
    static String html(int services) {
        return new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input(measures(services),
                KirkleesFixture.actions())));
    }

    /** The fixture's measures, 40 to a service, each copy with its own code and an eight-quarter trend. */
    private static List<MeasureLine> measures(int services) {
        List<MeasureLine> kirklees = KirkleesFixture.measures();
        List<MeasureLine> out = new ArrayList<>();
        for (int s = 1; s <= services; s++) {
            for (int m = 0; m < MEASURES; m++) {
                MeasureLine k = kirklees.get((s * 7 + m) % kirklees.size());
                out.add(k.toBuilder().code(s + "." + (m + 1)).directorate("Directorate " + ((s - 1) / 25 + 1))
                        .service("Body " + s).trend(trend(s, m)).build());
            }
        }
        return out;
    }

    private static List<TrendPoint> trend(int s, int m) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String label = "Q" + (i % 4 + 1) + (i < 4 ? " 16/17" : " 17/18");
            points.add(new TrendPoint(label, BigDecimal.valueOf(40 + (s * 13 + m * 7 + i * i * 3) % 50)));
        }
        return points;
    }
}
