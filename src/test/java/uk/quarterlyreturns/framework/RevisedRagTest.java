package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a revision does to a quarter's RAG, by the measure's own rule. */
class RevisedRagTest {

    private static final BandEdges EDGES = BandEdges.parse("5;10;15");
    private static final MeasureRule LETTINGS = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).cumulative()
            .target(new BigDecimal("400")).tolerancePct(new BigDecimal("10")).scheme(RagScheme.TOLERANCE).build();

    @Test
    void aRevisionDownTurnsTheQuarterAndTheYearToDateAddingItUpRed() {
        FigureRevision down = revised(1, "100", "60");
        List<BigDecimal> figures = Arrays.asList(new BigDecimal("100"), new BigDecimal("100"), null, null);

        RevisedRag q1 = RevisedRag.of(LETTINGS, down, 1, figures, EDGES).orElseThrow();
        RevisedRag q2 = RevisedRag.of(LETTINGS, down, 2, figures, EDGES).orElseThrow();

        assertThat(q1).isEqualTo(new RevisedRag(1, Rag.GREEN, Rag.RED));
        assertThat(q1.worse()).isTrue();
        assertThat(q1.words(false)).isEqualTo("Q1 RAG Green to Red (worse)");
        assertThat(q2.words(true)).isEqualTo("Q2 year to date RAG Green to Red (worse)");
    }

    @Test
    void aRevisionUpIsNotWorseAndOneWithinTheBandLeavesTheRag() {
        List<BigDecimal> figures = Arrays.asList(new BigDecimal("60"), null, null, null);
        RevisedRag up = RevisedRag.of(LETTINGS, revised(1, "60", "95"), 1, figures, EDGES).orElseThrow();
        assertThat(up.worse()).isFalse();
        assertThat(up.words(false)).isEqualTo("Q1 RAG Red to Amber");

        RevisedRag same = RevisedRag.of(LETTINGS, revised(1, "100", "120"), 1, figures, EDGES).orElseThrow();
        assertThat(same.words(false)).isEqualTo("Q1 RAG Green, unchanged");
    }

    @Test
    void anAnnualFigureIsJudgedInItsDueQuarterAndAConfirmationChangesNothing() {
        MeasureRule annual = MeasureRule.builder(Polarity.HIGHER_IS_BETTER).annual(2).target(new BigDecimal("80"))
                .tolerancePct(new BigDecimal("10")).scheme(RagScheme.TOLERANCE).build();
        List<BigDecimal> figures = Arrays.asList(null, new BigDecimal("85"), null, null);

        assertThat(RevisedRag.of(annual, revised(2, "85", "70"), 2, figures, EDGES)).contains(
                new RevisedRag(2, Rag.GREEN, Rag.RED));
        assertThat(RevisedRag.of(annual, new FigureRevision(2, new BigDecimal("85"),
                FigureRevision.Decision.CONFIRMED, null, null), 2, figures, EDGES)).isEmpty();
    }

    private static FigureRevision revised(int quarter, String reported, String revised) {
        return new FigureRevision(quarter, new BigDecimal(reported), FigureRevision.Decision.REVISED,
                new BigDecimal(revised), "late returns");
    }
}
