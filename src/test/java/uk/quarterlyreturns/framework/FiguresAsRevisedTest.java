package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;

/**
 * A Q2 return revising Q1's provisional figure is rated as its acceptance will leave the year to date: 200 a year
 * within 5%, Q1 50 provisional and Q2 50 is Green as they stand, Red with Q1 revised to 40.
 */
class FiguresAsRevisedTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme\n";
    private static final Measure LETTINGS = measure("L-1,New lettings,D,S,T,COUNT,HIGHER_IS_BETTER,QUARTERLY,"
            + "CUMULATIVE,200,,5,TOLERANCE");
    private static final Measure SNAPSHOT = measure("S-1,Repairs on time,D,S,T,COUNT,HIGHER_IS_BETTER,QUARTERLY,"
            + "SNAPSHOT,50,,5,TOLERANCE");
    private static final QuarterMeasures RATING = new QuarterMeasures(null, null, null, null);
    private static final ReportingYear YEAR = new ReportingYear(1, "2017-18", LocalDate.of(2017, 4, 1),
            BandEdges.DEFAULT);

    private final List<QuarterValue> stood = List.of(figure(1, "50", true), figure(2, "50", false));

    @Test
    void aRevisionDownTurnsTheYearToDateRedAsAcceptanceWillLeaveIt() {
        List<QuarterValue> revised = FiguresAsRevised.of(LETTINGS, 2, stood, List.of(revised(1, "50", "40")));

        assertThat(revised.get(0)).extracting(QuarterValue::value, QuarterValue::provisional)
                .containsExactly(new BigDecimal("40"), false);
        assertThat(revised.get(1)).isSameAs(stood.get(1));
        MeasureStatus q2 = rate(2, revised);
        assertThat(q2.judgedValue()).isEqualByComparingTo("90");
        assertThat(q2.rag()).isEqualTo(Rag.RED);
        assertThat(rate(2, stood).rag()).as("as stored").isEqualTo(Rag.GREEN);
        assertThat(rate(2, FiguresAsRevised.of(LETTINGS, 2, stood, List.of(revised(1, "50", "46")))).rag())
                .as("4% short").isEqualTo(Rag.AMBER);
    }

    @Test
    void onlyARevisionAcceptanceWouldApplyCounts() {
        FigureRevision confirmed = new FigureRevision(1, new BigDecimal("50"), Decision.CONFIRMED, null, null);
        assertThat(FiguresAsRevised.of(LETTINGS, 2, stood, List.of(confirmed))).isEqualTo(stood);
        assertThat(FiguresAsRevised.of(LETTINGS, 2, stood, List.of(revised(1, "48", "40"))))
                .as("the Q1 figure corrected in its own return since").isEqualTo(stood);
        List<QuarterValue> finalAlready = List.of(figure(1, "50", false), figure(2, "50", false));
        assertThat(FiguresAsRevised.of(LETTINGS, 2, finalAlready, List.of(revised(1, "50", "40"))))
                .as("made final by another return").isEqualTo(finalAlready);
        assertThat(FiguresAsRevised.of(LETTINGS, 1, List.of(figure(1, "50", true)), List.of(revised(1, "50", "40"))))
                .as("not an earlier quarter").extracting(QuarterValue::value).containsExactly(new BigDecimal("50"));
    }

    /**
     * A snapshot's RAG is its quarter's own, but its direction of travel and its query on a change since last quarter
     * compare with Q1: as the report will once the revision is final, not with the provisional 50 (it was left so).
     */
    @Test
    void aSnapshotIsComparedWithTheRevisedFigureItsRagItsOwn() {
        List<QuarterValue> revised = FiguresAsRevised.of(SNAPSHOT, 2, stood, List.of(revised(1, "50", "60")));
        assertThat(revised).extracting(QuarterValue::value).containsExactly(new BigDecimal("60"),
                new BigDecimal("50"));
        MeasureStatus q2 = RATING.rate(YEAR, 2, true, SNAPSHOT, revised, List.of());
        assertThat(q2.rag()).isEqualTo(RATING.rate(YEAR, 2, true, SNAPSHOT, stood, List.of()).rag());
        assertThat(q2.direction()).isEqualTo(Direction.WORSENED);
        assertThat(RATING.rate(YEAR, 2, true, SNAPSHOT, stood, List.of()).direction()).as("as stored")
                .isEqualTo(Direction.UNCHANGED);
    }

    private static MeasureStatus rate(int quarter, List<QuarterValue> figures) {
        return RATING.rate(YEAR, quarter, true, LETTINGS, figures, List.of());
    }

    private static FigureRevision revised(int quarter, String reported, String revised) {
        return new FigureRevision(quarter, new BigDecimal(reported), Decision.REVISED, new BigDecimal(revised),
                "Lettings double-counted");
    }

    private static QuarterValue figure(int quarter, String figure, boolean provisional) {
        return new QuarterValue(1, quarter, new BigDecimal(figure), null, null, null, null, null, null, null, null,
                "data.housing", null, 1, provisional);
    }

    private static Measure measure(String row) {
        return new Measure(1, 1, 1, FrameworkFileParser.parse(TabularFile.read((HEADER + row + "\n")
                .getBytes(StandardCharsets.UTF_8), "f.csv")).get(0));
    }
}
