package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTable;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.MeasureHistory;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A past outturn published in another unit than the measure's (a count of households that the council once
 * reported as a percentage) reads on the return's form as the report prints it, in its own unit: the form is where
 * the service sets this year's figure against the years before.
 */
class OutturnsOnTheFormTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired MeasureHistory measureHistory;

    @Test
    void anOutturnPublishedInAnotherUnitShowsInThatUnit() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4030);
        long households = scenario.measureId("HF-2");
        measureHistory.saveHistory(households, "4027-28", null, new BigDecimal("2.25"), "%");
        measureHistory.saveHistory(households, "4028-29", null, new BigDecimal("118"));
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));

        String facts = _get(HousingForm.editor("HF-2"), NativeTable.class).getElement().getTextRecursively();

        assertThat(facts).contains("4027/28 outturn", "2.25%", "118");
    }
}
