package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RevisedRag;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;

/**
 * HF-5, annual and due in Q1, reported provisional at 85% against 80%; the Q1 report published. The Q2 return revises
 * it to 70% and its director signs that off with the RAG change it shows (Q1 Green to Red). The measure has no Q2
 * figure, but its rating rule may no more change under that signed-off revision than under a signed-off figure: the
 * RAG change the performance team checks would not be the one the director signed off.
 */
class EarlierFigureRatingRuleTest extends ApplicationTest {

    private static final String SATISFACTION = "HF-5,Tenants satisfied with their home,Economy and Infrastructure,"
            + "Housing,Ambitious,PERCENT,HIGHER_IS_BETTER,ANNUAL,SNAPSHOT,%s,,10,TOLERANCE,1\n";

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired FrameworkImport imports;
    @Autowired MeasureRepository measures;
    @Autowired YearRepository years;
    @Autowired JdbcClient jdbc;

    @Test
    void aRevisionSignedOffKeepsItsMeasuresRatingRuleUntilItsReportIsPublished() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4926,
                SATISFACTION.formatted("80"), (s, q1) -> {
                    s.enter("HF-5", 1, "85");
                    s.markProvisional(q1, "HF-5");
                })) {
            long hf5 = scenario.measureId("HF-5");
            // the Q1 report published (its approval is not what this is about)
            jdbc.sql("update cycle set status = 'PUBLISHED' where id = :c").param("c", scenario.q1.cycleId())
                    .update();
            earlier.save(scenario.q2.id(), hf5, 1, new BigDecimal("85"), null, Decision.REVISED,
                    new BigDecimal("70"), "Late survey responses", "data.housing");
            scenario.completeAndSubmit(scenario.q2, 2);
            assertThat(earlier.forReturn(scenario.q2.id())).filteredOn(o -> o.measure().id() == hf5).singleElement()
                    .extracting(EarlierFigures.Offered::ragChanges)
                    .isEqualTo(java.util.List.of(new RevisedRag(1, Rag.GREEN, Rag.RED)));

            assertThatThrownBy(() -> imports.importMeasures(scenario.year,
                    ProvisionalFirstQuarter.framework(SATISFACTION.formatted("60"))))
                    .isInstanceOfSatisfying(ImportRejectedException.class, refused -> assertThat(refused.errors())
                            .singleElement().satisfies(e -> assertThat(e.message())
                                    .startsWith("HF-5's figures for Q2 are in Housing's return, already submitted")));
            long yearId = years.find(scenario.year).orElseThrow().id();
            assertThat(measures.find(yearId, "HF-5").orElseThrow().definition().target().value())
                    .isEqualByComparingTo("80");
        }
    }
}
