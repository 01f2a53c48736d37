package uk.quarterlyreturns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
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

/**
 * The report printed to PDF at a national collection's size (500 services of 40 measures by default,
 * {@code -Dbench.pdfServices=N} for fewer), every measure with a trend of eight quarters so that each row
 * carries its sparkline: the time to PDF and the heap the printing needs at its peak, which must stay bounded.
 * Needs no database: the report's input is made from the Kirklees fixture's measures, one copy per service.
 */
class PdfReportBenchmark {

    private static final int SERVICES = Integer.getInteger("bench.pdfServices", 500);
    private static final int MEASURES = 40;
    /** The heap the printing may take above what was in use before it, at the benchmark's size. */
    private static final double HEAP_BOUND_MB = Double.parseDouble(System.getProperty("bench.pdfHeapMb", "1536"));
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
    void reportOfEveryServiceToPdfWithinTimeAndABoundedHeap() throws Exception {
        CompiledReport report = ReportCompiler.compile(KirkleesFixture.input(measures(), KirkleesFixture.actions()));
        String html = new HtmlReportRenderer().render(report);
        String size = SERVICES + " x " + MEASURES;

        System.gc();
        long before = heapInUse();
        resetPeaks();
        long start = System.nanoTime();
        byte[] pdf = new PdfReportRenderer().render(html);
        double millis = (System.nanoTime() - start) / 1e6;
        double peakMb = (peakHeap() - before) / 1048576.0;

        RESULTS.add(Figure.atMost("report of " + size + " with trends: rendered to PDF", millis, "ms", 15000));
        RESULTS.add(Figure.atMost("report of " + size + ": heap taken by printing (peak)", peakMb, "MB",
                HEAP_BOUND_MB));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
            assertThat(doc.getNumberOfPages()).isGreaterThan(SERVICES / 10);
        }
        assertThat(peakMb).as("heap taken by printing, MB").isLessThanOrEqualTo(HEAP_BOUND_MB);
    }

    /** The same report without its trend charts: what the charts cost is the difference. */
    @Test
    void theSameReportWithoutTrendCharts() {
        List<MeasureLine> plain = measures().stream().map(PdfReportBenchmark::withoutTrend).toList();
        String html = new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input(plain,
                KirkleesFixture.actions())));
        long start = System.nanoTime();
        assertThat(new PdfReportRenderer().render(html)).isNotEmpty();
        RESULTS.add(Figure.atMost("report of " + SERVICES + " x " + MEASURES + " without trends: rendered to PDF",
                (System.nanoTime() - start) / 1e6, "ms", 15000));
    }

    private static MeasureLine withoutTrend(MeasureLine k) {
        return new MeasureLine(k.code(), k.source(), k.title(), k.directorate(), k.service(), k.theme(), k.outcome(),
                k.unit(), k.decimals(), k.cumulative(), k.outturns(), k.targetText(), k.quarterValues(),
                k.yearToDate(), k.rag(), k.ragComputed(), k.override(), k.direction(), k.reasons(),
                k.actionsPlanned(), k.lowerThreshold(), k.upperThreshold(), k.activity(), List.of(),
                k.notAvailableReason());
    }

    @AfterAll
    static void writeResults() throws Exception {
        RESULTS.write();
    }

    /** The fixture's measures, 40 to a service, each copy with its own code and an eight-quarter trend. */
    private static List<MeasureLine> measures() {
        List<MeasureLine> kirklees = KirkleesFixture.measures();
        List<MeasureLine> out = new ArrayList<>();
        for (int s = 1; s <= SERVICES; s++) {
            for (int m = 0; m < MEASURES; m++) {
                MeasureLine k = kirklees.get((s * 7 + m) % kirklees.size());
                out.add(new MeasureLine(s + "." + (m + 1), k.source(), k.title(), "Directorate " + ((s - 1) / 25 + 1),
                        "Body " + s, k.theme(), k.outcome(), k.unit(), k.decimals(), k.cumulative(), k.outturns(),
                        k.targetText(), k.quarterValues(), k.yearToDate(), k.rag(), k.ragComputed(), k.override(),
                        k.direction(), k.reasons(), k.actionsPlanned(), k.lowerThreshold(), k.upperThreshold(),
                        k.activity(), trend(s, m), k.notAvailableReason()));
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

    private static long heapInUse() {
        Runtime jvm = Runtime.getRuntime();
        return jvm.totalMemory() - jvm.freeMemory();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: at most the heap's true peak, never less than any one moment's use. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }
}
