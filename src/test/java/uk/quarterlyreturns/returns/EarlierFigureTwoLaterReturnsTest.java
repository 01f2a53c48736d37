package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;

/**
 * Q2 and Q3 both revise Q1's provisional HF-1 (82%), Q3 to 86% and accepted first: Q3's stands. Q2's word, said of a
 * figure that has since been made final, must not be shown at Q2's quality check as if accepting would still change
 * Q1's figure and RAG, and is not applied when Q2 is accepted.
 */
class EarlierFigureTwoLaterReturnsTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired ValueRepository values;

    @Test
    void theLaterReturnAcceptedFirstStandsAndTheOtherIsShownOvertaken() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4923)) {
            long hf1 = scenario.measureId("HF-1");
            earlier.save(scenario.q2.id(), hf1, 1, new BigDecimal("82"), null, Decision.REVISED,
                    new BigDecimal("60"), "Cancelled jobs taken out", "data.housing");
            ServiceReturn q3 = scenario.open(3);
            earlier.save(q3.id(), hf1, 1, new BigDecimal("82"), null, Decision.REVISED, new BigDecimal("86"),
                    "Late repairs counted", "data.housing");
            assertThat(earlier.forReturn(scenario.q2.id())).singleElement().satisfies(o -> {
                assertThat(o.overtaken()).isFalse();
                assertThat(o.ragChanges()).as("82% to 60% turns Q1 red").isNotEmpty();
            });

            scenario.accept(q3, 3);

            assertThat(earlier.forReturn(scenario.q2.id())).singleElement().satisfies(o -> {
                assertThat(o.figure()).isEqualByComparingTo("86");
                assertThat(o.overtaken()).as("Q1 is final at 86%: accepting Q2 will not change it").isTrue();
                assertThat(o.ragChanges()).isEmpty();
            });

            scenario.accept(scenario.q2, 2);

            assertThat(values.find(hf1, 1).orElseThrow()).extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("86"), false);
            assertThat(earlier.forReturn(scenario.q2.id())).singleElement()
                    .extracting(EarlierFigures.Offered::applied, EarlierFigures.Offered::changedMeanwhile)
                    .containsExactly(true, true);
            assertThat(earlier.revisedQuarters(List.of(hf1), 4)).containsEntry(hf1, List.of(1));
        }
    }
}
