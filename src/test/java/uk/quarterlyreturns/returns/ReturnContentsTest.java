package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/** What the reminders and escalations say is still empty in a return. */
class ReturnContentsTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnEditing editing;
    @Autowired
    ReturnContents contents;

    @Test
    void aFigureMarkedNotAvailableWithItsReasonIsNotCountedAsStillEmpty() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2741);
        long id = scenario.housing.id();
        assertThat(contents.counts(id)).isEqualTo(new ReturnContents.Counts(2, 1, 3));

        editing.saveMeasure(id, scenario.measureId("HF-1"), null,
                new MeasureEntry(new BigDecimal("85"), null, null, null, null, null), "data.housing");
        editing.saveMeasure(id, scenario.measureId("HF-2"), null,
                new MeasureEntry(null, null, null, null, "The housing register is being migrated", null),
                "data.housing");

        // Only the key action's status is still to give: a figure not available, with its reason, is given.
        assertThat(contents.counts(id)).isEqualTo(new ReturnContents.Counts(2, 1, 1));
    }
}
