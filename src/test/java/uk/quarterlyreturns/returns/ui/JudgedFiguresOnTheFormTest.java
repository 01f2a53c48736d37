package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The form shows what a measure's RAG judges: a cumulative measure's year to date, as the quality check and the report
 * do; and an annual measure out of its quarter has its year's target, not a target for this quarter.
 */
class JudgedFiguresOnTheFormTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aCumulativeMeasureShowsTheYearToDateItsRagJudges() throws Exception {
        ReturnScenario scenario = ReturnScenario.cumulativeWithAFirstQuarter(context, 3863);
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        MeasureEditor homes = HousingForm.editor("HC-1");
        assertThat(HousingForm.status(homes)).doesNotContain("Year to date");

        // Q2's own 60 is short of the 120 profiled to date; the 122 of the year to date is not.
        _setValue(_get(homes, TextField.class), "60");

        assertThat(HousingForm.status(homes)).contains("Year to date: 122").contains("Green");
    }

    /**
     * Q1's figure never came in: Q2's year to date is judged against Q2's share of the target (60 of 240), not the 120
     * profiled to date, and the form says Q1 is missing from both.
     */
    @Test
    void aYearToDateLackingQ1IsJudgedOnQ2sShareAndSaysSo() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4221, "fixtures/framework-form-cumulative.csv",
                "fixtures/actions-form.csv", Map.of());
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        MeasureEditor homes = HousingForm.editor("HC-1");

        _setValue(_get(homes, TextField.class), "60");

        assertThat(HousingForm.status(homes)).contains("Year to date: 60 (Q1 missing)").contains("Green");
        assertThat(_get(homes, NativeTable.class).getElement().getTextRecursively())
                .contains("Target Q2 (year to date, Q1 missing)").endsWith("60");
    }

    /**
     * Q1's return was issued and never submitted, though 62 was fed into it: the Q1 report printed it as Missing, and
     * so does the Q2 report. The form judges the year to date the report prints, Q2's 60 alone, and says Q1 is missing,
     * rather than a year to date of 122 that no report shows.
     */
    @Test
    void aQ1FigureWhoseReturnNeverCameInIsLeftOutOfTheYearToDate() throws Exception {
        ReturnScenario scenario = ReturnScenario.cumulativeWithAFirstQuarter(context, 6011);
        long q1 = scenario.firstQuarterReturn(ReturnStatus.DRAFT);
        try {
            signIn("data.housing");
            open(ReturnView.path(scenario.housing.id()));
            MeasureEditor homes = HousingForm.editor("HC-1");

            _setValue(_get(homes, TextField.class), "60");

            assertThat(HousingForm.status(homes)).contains("Year to date: 60 (Q1 missing)").contains("Green")
                    .doesNotContain("122");
        } finally {
            scenario.removeCycle(q1);
        }
    }

    /** A framework without the decimals column: last quarter's figures and the target read as a council writes them. */
    @Test
    void figuresOfAMeasureWithNoDecimalsGivenShowWithoutTrailingZeros() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3871, "fixtures/framework-form.csv",
                "fixtures/actions-form.csv", Map.of("HF-1", "57.256", "HF-2", "22099"));
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));

        assertThat(_get(HousingForm.editor("HF-1"), NativeTable.class).getElement().getTextRecursively())
                .contains("57.26%", "80%").doesNotContain("80.00%");
        assertThat(_get(HousingForm.editor("HF-2"), NativeTable.class).getElement().getTextRecursively())
                .contains("22,099", "100").doesNotContain(".00");
    }

    @Test
    void anAnnualMeasureNotDueShowsItsYearsTargetAndWhenItIsDue() throws Exception {
        signIn("data.housing");
        open(ReturnView.path(ReturnScenario.open(context, 3864).housing.id()));

        String facts = _get(HousingForm.editor("HF-3"), NativeTable.class).getElement().getTextRecursively();

        assertThat(facts).contains("Annual target (due in Q4)").doesNotContain("Target Q2");
        assertThat(_get(HousingForm.editor("HF-1"), NativeTable.class).getElement().getTextRecursively())
                .contains("Target Q2");
    }
}
