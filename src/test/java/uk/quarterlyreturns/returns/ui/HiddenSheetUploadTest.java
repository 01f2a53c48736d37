package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.returns.ui.WorkbookUploadTest.outcome;
import static uk.quarterlyreturns.returns.ui.WorkbookUploadTest.problems;
import static uk.quarterlyreturns.returns.ui.WorkbookUploadTest.upload;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A return's workbook with a hidden sheet the upload would read is refused whole: the director who looked at the
 * workbook before it was uploaded never saw what that sheet holds, so none of it, nor the visible sheet's figures,
 * goes into the return.
 */
class HiddenSheetUploadTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ValueRepository values;
    @Autowired KeyActionRepository actions;
    @Autowired ReturnEditing editing;

    @Test
    void aHiddenKeyActionsSheetRefusesTheWholeWorkbookAndTheSameSheetVisibleIsEntered() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5900);
        long id = scenario.housing.id();
        editing.saveMeasure(id, scenario.measureId("HF-2"), null,
                new MeasureEntry(new BigDecimal("91"), null, null, null, null, null), "data.housing");
        signIn("data.housing");
        open(ReturnView.path(id));

        upload("return.xlsx", filled(id).hide("Key actions").bytes());

        assertThat(outcome()).isEqualTo("Nothing was entered: The sheet \"Key actions\" is hidden in this workbook:"
                + " unhide it (right-click a sheet tab, Unhide) to see what it holds, or delete it, then upload the"
                + " file again");
        assertThat(problems()).isEmpty();
        assertThat(values.find(scenario.measureId("HF-1"), 2)).as("the visible sheet's figure").isEmpty();
        assertThat(actions.findStatus(scenario.actionId("HKA-1"), 2)).isEmpty();
        assertThat(_get(HousingForm.editor("HF-1"), TextField.class).getValue()).isEmpty();
        assertThat(_get(HousingForm.editor("HF-2"), TextField.class).getValue()).as("what the form had").isEqualTo("91");

        upload("return.xlsx", filled(id).bytes());

        assertThat(outcome()).contains("1 value, 1 key action from return.xlsx entered in the form; 1 row unchanged");
        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().value()).isEqualByComparingTo("62");
        assertThat(actions.findStatus(scenario.actionId("HKA-1"), 2).orElseThrow().status()).isEqualTo(Rag.GREEN);
    }

    /** Read by its name, a hidden "Measures" sheet is refused, not passed over for the key actions' sheet. */
    @Test
    void aHiddenMeasuresSheetIsRefusedRatherThanTheNextTabReadAsTheMeasures() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5901);
        long id = scenario.housing.id();
        signIn("data.housing");
        open(ReturnView.path(id));

        upload("return.xlsx", filled(id).hide("Measures").bytes());

        assertThat(outcome()).startsWith("Nothing was entered: The sheet \"Measures\" is hidden in this workbook");
        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();
        assertThat(actions.findStatus(scenario.actionId("HKA-1"), 2)).isEmpty();
    }

    /** The return as downloaded (HF-2 with its figure), with HF-1 at 62 and HKA-1 at Green with its commentary. */
    private WorkbookUploadTest.Workbook filled(long returnId) throws Exception {
        return WorkbookUploadTest.Workbook.of(ReturnWorkbook.xlsx(context.getBean(ReturnSheets.class).load(returnId)))
                .set("Measures", "HF-1", "value", "62")
                .set("Key actions", "HKA-1", "status", "Green")
                .set("Key actions", "HKA-1", "commentary", "On plan");
    }
}
