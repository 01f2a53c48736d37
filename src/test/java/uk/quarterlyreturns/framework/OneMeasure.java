package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;

/** One measure of 2017/18, from a framework file of one row, rated as the screens and report rate it. */
final class OneMeasure {

    private static final QuarterMeasures RATING = new QuarterMeasures(null, null, null, null);
    private static final ReportingYear YEAR = new ReportingYear(1, "2017-18", LocalDate.of(2017, 4, 1),
            BandEdges.DEFAULT);

    private final Measure measure;

    /** {@code csv}: a header and one row. */
    OneMeasure(String csv) {
        this(csv, null);
    }

    /** As {@link #OneMeasure(String)}, added mid-year: reported from that quarter (null for Q1). */
    OneMeasure(String csv, Integer reportedFrom) {
        measure = new Measure(1, 1, 1, FrameworkFileParser.parse(
                TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv")).get(0), reportedFrom);
    }

    /** Its status in {@code quarter}, after the deadline, with these figures and this history. */
    MeasureStatus rate(int quarter, List<QuarterValue> figures, List<HistoryEntry> history) {
        return RATING.rate(YEAR, quarter, true, measure, figures, history);
    }

    static QuarterValue figure(int quarter, String figure) {
        return new QuarterValue(1, quarter, new BigDecimal(figure), null, null, null, null, null, null, null,
                null, null, null, 0);
    }
}
