package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;

/**
 * A revised figure must be one the measure can have: the return's own figures are checked before submission, but a
 * revision would become the earlier quarter's figure unchecked, and a percentage over 100 is never rated or reported.
 */
class EarlierFigureValidityTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;

    @Test
    void aRevisedPercentageOver100IsRefusedAndNothingSaved() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4803)) {
            long q2 = scenario.q2.id();
            long hf1 = scenario.measureId("HF-1");
            assertThatThrownBy(() -> earlier.save(q2, hf1, 1, new BigDecimal("82"), null, Decision.REVISED,
                    new BigDecimal("840"), "Typed one digit too many", "data.housing"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("HF-1: the Q1 figure revised: A percentage must be between 0 and 100");
            assertThat(earlier.forReturn(q2)).singleElement().extracting(EarlierFigures.Offered::said).isNull();
        }
    }
}
