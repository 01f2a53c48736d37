package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.framework.Direction.IMPROVED;
import static uk.quarterlyreturns.framework.Direction.UNCHANGED;
import static uk.quarterlyreturns.framework.Direction.WORSENED;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.Rag;

/** Headline counts and the Kent-style tables, against counts made by hand. */
class ExecutiveSummaryTest {

    /*
     * Hand count of the Kirklees fixture (rule RAGs, see the CSV's notes):
     *   Ambitious measures: on track 14 (1.1 1.3 1.7 1.8 1.9 1.11 1.16-1.23), off track 3 (1.2 1.14 1.15),
     *     missing 1 (1.12), no RAG 4 (1.4 1.5 1.6 1.13), not due 1 (1.10)
     *   Resilient measures: on track 8 (3.2 3.3 3.6 3.12 3.17 3.18 3.21 3.23), at risk 3 (3.1 3.8 3.19),
     *     off track 9 (3.4 3.5 3.7 3.9 3.10 3.11 3.14 3.20 3.24), no RAG 2 (3.13 3.25), not due 1 (3.16)
     *   Ambitious actions: on track 6, at risk 4, missing 1 (CRO004)
     *   Resilient actions: on track 5, at risk 8
     *   Together: on track 33, at risk 15, off track 12, missing 2 = 62 counted; 2 not due, 6 no RAG
     *   33/62 = 53.2, 15/62 = 24.2, 12/62 = 19.4, 2/62 = 3.2 -> 53, 24, 20 (largest remainder), 3
     */
    @Test
    void kirkleesHeadlineCountsAndPercentages() {
        ExecutiveSummary s = ReportCompiler.compile(KirkleesFixture.input()).summary();

        assertThat(s.counts()).isEqualTo(new SummaryCounts(33, 15, 12, 2));
        assertThat(s.shares()).isEqualTo(new Shares(53, 24, 20, 3));
        assertThat(s.notDue()).isEqualTo(2);
        assertThat(s.noRag()).isEqualTo(6);
        assertThat(s.measureCount()).isEqualTo(46);
        assertThat(s.actionCount()).isEqualTo(24);
        assertThat(s.sentence()).isEqualTo("53% of all actions and measures are assessed as on track,"
                + " with 20% off track and 24% at risk and 3% missing.");
        assertThat(s.introduction()).isEqualTo("There are 24 actions and 46 measures included in the Q2"
                + " performance report. Of these, 2 are not due this quarter and 6 have no RAG (no target,"
                + " a target to be agreed, or not rated against its target); they are counted apart and left out of"
                + " the percentages.");
        assertThat(s.previousSentence()).isEqualTo("11% were judged 'at risk' in Quarter 1.");
        assertThat(s.commentary()).containsExactly(
                "This is the second corporate performance report under a refreshed regime.",
                "The first issue is one of compliance.");
        assertThat(s.chartSvg()).contains("33 (53%)", "15 (24%)", "12 (20%)", "2 (3%)");
    }

    /*
     * By theme, hand count: Ambitious G 14+6 = 20, A 0+4 = 4, R 3, missing 1+1 = 2; directions (measures)
     * improved 10 (1.3 1.5 1.6 1.13 1.14 1.16 1.17 1.21 1.22 1.23), unchanged 3 (1.4 1.9 1.15),
     * worsened 2 (1.11 1.20). Resilient G 8+5 = 13, A 3+8 = 11, R 9, missing 0; improved 12, unchanged 1
     * (3.24), worsened 9 (3.4 3.6 3.7 3.8 3.10 3.11 3.13 3.18 3.20).
     */
    @Test
    void kirkleesByTheme() {
        SummaryTable t = ReportCompiler.compile(KirkleesFixture.input()).summary().byTheme();

        assertThat(t.groupHeading()).isEqualTo("Theme");
        assertThat(t.rows()).containsExactly(
                new SummaryRow("Ambitious Kirklees", 20, 4, 3, 2, 10, 3, 2),
                new SummaryRow("Resilient Kirklees", 13, 11, 9, 0, 12, 1, 9));
        assertThat(t.total()).isEqualTo(new SummaryRow("Total", 33, 15, 12, 2, 22, 4, 11));
    }

    /*
     * A small hand-made input, Kent-style by directorate:
     *   Adults:   measures G improved, A/G unchanged, R worsened, M (no direction); action A
     *             -> G 2, A 1, R 1, missing 1; improved 1, unchanged 1, worsened 1
     *   Children: measures A improved, R/A improved, ND (not counted), NONE worsened; actions G, M
     *             -> G 1, A 1, R 1, missing 1; improved 2, unchanged 0, worsened 1
     *   Corporate (only an action, R) -> R 1
     *   Totals: G 3, A 2, R 3, missing 2; improved 3, unchanged 1, worsened 2
     */
    @Test
    void kentStyleTableByDirectorateWithTotals() {
        List<MeasureLine> measures = List.of(
                Lines.measure("A1", "Adults", "Adult care", "Resilient", Rag.GREEN, IMPROVED),
                Lines.measure("C1", "Children", "Social care", "Resilient", Rag.AMBER, IMPROVED),
                Lines.measure("A2", "Adults", "Adult care", "Resilient", Rag.AMBER_GREEN, UNCHANGED),
                Lines.measure("C2", "Children", "Social care", "Inclusive", Rag.RED_AMBER, IMPROVED),
                Lines.measure("A3", "Adults", "Adult care", "Inclusive", Rag.RED, WORSENED),
                Lines.measure("C3", "Children", "Schools", "Inclusive", Rag.NOT_DUE, null),
                Lines.measure("A4", "Adults", "Adult care", "Inclusive", Rag.MISSING, null),
                Lines.measure("C4", "Children", "Schools", "Inclusive", Rag.NONE, WORSENED));
        List<ActionLine> actions = List.of(
                Lines.action("ADS1", "Adults", "Adult care", "Resilient", Rag.AMBER),
                Lines.action("CHS1", "Children", "Schools", "Inclusive", Rag.GREEN),
                Lines.action("CHS2", "Children", "Schools", "Inclusive", Rag.MISSING),
                Lines.action("COR1", "Corporate", "Finance", "Ambitious", Rag.RED));

        ExecutiveSummary s = ReportCompiler.compile(Lines.report(measures, actions)).summary();

        assertThat(s.byDirectorate().rows()).containsExactly(
                new SummaryRow("Adults", 2, 1, 1, 1, 1, 1, 1),
                new SummaryRow("Children", 1, 1, 1, 1, 2, 0, 1),
                new SummaryRow("Corporate", 0, 0, 1, 0, 0, 0, 0));
        assertThat(s.byDirectorate().total()).isEqualTo(new SummaryRow("Total", 3, 2, 3, 2, 3, 1, 2));
        // themes in order of first appearance among measures, then actions
        assertThat(s.byTheme().rows()).extracting(SummaryRow::name)
                .containsExactly("Resilient", "Inclusive", "Ambitious");
        // 3, 2, 3, 2 of 10 are exact: 30, 20, 30, 20
        assertThat(s.counts()).isEqualTo(new SummaryCounts(3, 2, 3, 2));
        assertThat(s.shares()).isEqualTo(new Shares(30, 20, 30, 20));
        assertThat(s.notDue()).isEqualTo(1);
        assertThat(s.noRag()).isEqualTo(1);
        assertThat(s.previousSentence()).isNull();
    }

    @Test
    void nothingMissingLeavesMissingOutOfTheSentence() {
        List<MeasureLine> measures = List.of(
                Lines.measure("1", "D", "S", "T", Rag.GREEN, null),
                Lines.measure("2", "D", "S", "T", Rag.AMBER, null),
                Lines.measure("3", "D", "S", "T", Rag.RED, null),
                Lines.measure("4", "D", "S", "T", Rag.GREEN, null));

        ExecutiveSummary s = ReportCompiler.compile(Lines.report(measures, List.of())).summary();

        assertThat(s.sentence()).isEqualTo("50% of all actions and measures are assessed as on track,"
                + " with 25% off track and 25% at risk.");
        assertThat(s.introduction()).isEqualTo("There are 0 actions and 4 measures included in the Q2"
                + " performance report.");
    }

    @Test
    void anEmptyReportSaysSo() {
        ExecutiveSummary s = ReportCompiler.compile(Lines.report(List.of(), List.of())).summary();

        assertThat(s.sentence()).isEqualTo("No actions or measures were assessed this quarter.");
        assertThat(s.shares()).isEqualTo(new Shares(0, 0, 0, 0));
        assertThat(s.byDirectorate().rows()).isEmpty();
        assertThat(s.byDirectorate().total()).isEqualTo(new SummaryRow("Total", 0, 0, 0, 0, 0, 0, 0));
    }
}
