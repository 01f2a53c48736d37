package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** A cumulative measure's form shows the year to date its RAG judges, as the quality check and the report do. */
class YearToDateOnTheFormTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aCumulativeMeasureShowsTheYearToDateItsRagJudges() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3863, "fixtures/framework-form-cumulative.csv",
                "fixtures/actions-form.csv", Map.of("HC-1", "62"));
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        MeasureEditor homes = HousingForm.editor("HC-1");
        assertThat(HousingForm.status(homes)).doesNotContain("Year to date");

        // Q2's own 60 is short of the 120 profiled to date; the 122 of the year to date is not.
        _setValue(_get(homes, TextField.class), "60");

        assertThat(HousingForm.status(homes)).contains("Year to date: 122").contains("Green");
    }
}
