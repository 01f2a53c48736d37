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
 * A revision in the Q2 return that was not applied, because the Q1 figure was corrected in its own return meanwhile,
 * is no revision: later reports must not print the corrected, still provisional, figure "r".
 */
class EarlierFigureNotAppliedTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired ValueRepository values;

    @Test
    void aRevisionNotAppliedIsNotPrintedRevised() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4800)) {
            ServiceReturn q2 = scenario.q2;
            long hf1 = scenario.measureId("HF-1");
            earlier.save(q2.id(), hf1, 1, new BigDecimal("82"), null, Decision.REVISED, new BigDecimal("84"),
                    "Late repairs counted", "data.housing");

            // Q1 corrected to 83 in its own return meanwhile, still provisional
            scenario.correctFirstQuarter("HF-1", "83");
            scenario.accept(q2, 2);

            assertThat(values.find(hf1, 1).orElseThrow()).extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("83"), true);
            assertThat(earlier.revisedQuarters(List.of(hf1), 4)).as("83 is the corrected figure, not a revision")
                    .isEmpty();
        }
    }
}
