package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ReviewItem;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * What the director (or deputy) changes at sign-off, after the service submitted the return, is shown to its
 * reviewers apart from the changes since the previous version: the performance team checks the return as
 * signed off and must know it is not quite the one submitted.
 */
class SignOffChangesViewTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired ValueRepository values;
    @Autowired KeyActionRepository actions;

    @Test
    void theQualityCheckOfAFirstSubmissionShowsTheDirectorsChangeAtSignOff() throws Exception {
        ReturnScenario scenario = submittedHousingReturn(2870);
        long id = scenario.housing.id();
        long hr5 = scenario.measureId("HR-5");
        editing.saveMeasure(id, hr5, values.find(hr5, 2).orElseThrow().version(), new MeasureEntry(
                new BigDecimal("112"), null, null, null, null, null), "dir.housing");
        workflow.signOff(id, "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);

        signIn("perf");
        open(QualityCheckView.path(id));

        assertThat(_find(ChangesPanel.class)).as("a first version has no earlier one to compare with").isEmpty();
        Details details = _get(Details.class, s -> s.withClasses("review-changes"));
        assertThat(details.getSummaryText()).isEqualTo("What changed at sign-off, after version 1 was submitted");
        assertThat(details.isOpened()).as("not to be missed").isTrue();
        assertThat(details.getElement().getTextRecursively()).contains("After version 1 was submitted on",
                "1 field was changed at sign-off by Imran Hussain", "As submitted", "Changed to", "By", "When", "HR-5",
                "Value", "110", "112");
        Grid<ReviewItem> grid = _get(ReviewGrid.class).grid();
        assertThat(GridKt._findAll(grid)).filteredOn(i -> i.code().equals("HR-5")).singleElement()
                .extracting(ReviewCells::flags).isEqualTo("Changed at sign-off");
    }

    @Test
    void theFullReturnMarksTheDirectorsTypingAtSignOffApartFromTheChangesSinceTheVersionSentBack() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2871);
        long id = scenario.housing.id();
        signIn("data.housing");
        open(ReturnView.path(id));
        HousingForm.typeFigures();
        workflow.submit(id, "data.housing");
        workflow.sendBackToService(id, "dir.housing", "Check the repairs figure");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        open(ReturnView.path(id));
        _setValue(_get(editor("HF-1"), TextField.class), "91");
        workflow.submit(id, "data.housing");

        signIn("dir.housing");
        open(ReturnView.path(id));
        assertThat(_find(SignOffChangesPanel.class)).as("nothing changed since the submission yet").isEmpty();
        // a figure typed and replaced before the sign-off; no date or time can hold "777"
        _setValue(_get(editor("HF-2"), TextField.class), "777");
        _setValue(_get(editor("HF-2"), TextField.class), "56");
        workflow.signOff(id, "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);

        signIn("perf");
        open(ReturnView.path(id));
        assertThat(_get(ChangesPanel.class).getElement().getTextRecursively()).contains("1 field changed", "HF-1",
                "85", "91").doesNotContain("HF-2");
        assertThat(_get(SignOffChangesPanel.class).getElement().getTextRecursively())
                .contains("1 field was changed at sign-off by Imran Hussain", "HF-2", "55", "56").doesNotContain("777")
                .doesNotContain("HF-1");
        assertThat(editor("HF-1").getElement().getTextRecursively()).contains("Changed since version 1")
                .doesNotContain("Changed at sign-off");
        assertThat(editor("HF-2").hasClassName("changed")).isTrue();
        assertThat(editor("HF-2").getElement().getTextRecursively()).contains("Changed at sign-off")
                .doesNotContain("Changed since version 1");
    }

    /** Housing's return with every item filled in as the quality check's fixture has it, HR-5 at 110, submitted. */
    private ReturnScenario submittedHousingReturn(int year) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year, "fixtures/framework-review.csv",
                "fixtures/actions-review.csv", Map.of("HR-1", "70", "HR-2", "70", "HR-3", "70", "HR-4", "70",
                        "HR-5", "100"));
        long id = scenario.housing.id();
        for (String code : new String[] {"HR-1", "HR-2", "HR-3", "HR-4"}) {
            scenario.enter(code, 2, "85");
        }
        scenario.enter("HR-5", 2, "110");
        actions.saveStatus(scenario.actionId("HRA-1"), 2, Rag.GREEN, "Hub opened on 4 September", "data.housing");
        actions.saveStatus(scenario.actionId("HRA-2"), 2, Rag.GREEN, "Consultation closed", "data.housing");
        workflow.submit(id, "data.housing");
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        return scenario;
    }

    private static MeasureEditor editor(String code) {
        return HousingForm.editor(code);
    }
}
