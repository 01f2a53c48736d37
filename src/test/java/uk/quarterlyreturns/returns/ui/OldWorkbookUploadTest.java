package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.returns.ui.WorkbookUploadTest.outcome;
import static uk.quarterlyreturns.returns.ui.WorkbookUploadTest.problems;
import static uk.quarterlyreturns.returns.ui.WorkbookUploadTest.upload;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ui.WorkbookUploadTest.Workbook;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A copy of the return's workbook downloaded on Monday, filled in and uploaded on Wednesday, after the director
 * corrected the return on Tuesday: what the file leaves as it was downloaded enters nothing, so Tuesday's correction
 * stands, and a row the file changes too is refused, naming what each holds, rather than undoing it unseen.
 */
class OldWorkbookUploadTest extends ViewTest {

    private static final String MONDAY = "The repairs contractor went into administration";
    private static final String TUESDAY = "Checked against the repairs system: 77, not 75";

    @Autowired ApplicationContext context;
    @Autowired ValueRepository values;
    @Autowired KeyActionRepository actions;
    @Autowired ReturnEditing editing;
    @Autowired ReturnSheets sheets;

    @Test
    void whatTheOldCopyLeftAsDownloadedDoesNotUndoTheDirectorsCorrection() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 6102);
        Workbook monday = openedOnWednesday(scenario);

        upload("return.xlsx", monday.set("Measures", "HF-2", "value", "90").bytes());

        QuarterValue hf1 = values.find(scenario.measureId("HF-1"), 2).orElseThrow();
        assertThat(hf1.value()).isEqualByComparingTo("77");
        assertThat(hf1.reasons()).isEqualTo(TUESDAY);
        assertThat(hf1.updatedBy()).isEqualTo("dir.housing");
        assertThat(values.find(scenario.measureId("HF-2"), 2).orElseThrow().value()).isEqualByComparingTo("90");
        assertThat(actions.findStatus(scenario.actionId("HKA-1"), 2).orElseThrow().commentary())
                .isEqualTo("Twelve homes back in use");
        assertThat(outcome()).isEqualTo("1 value from return.xlsx entered in the form; 2 rows unchanged and 1 row"
                + " with nothing given left as they were. HF-1, HKA-1 were changed in the return after the workbook was"
                + " downloaded: kept as the return has it. Check the RAGs and narratives below.");
    }

    @Test
    void aRowTheOldCopyChangesTooIsRefusedNamingWhatEachHoldsAndNothingIsEntered() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 6103);
        Workbook monday = openedOnWednesday(scenario);

        upload("return.xlsx", monday.set("Measures", "HF-1", "value", "76").set("Measures", "HF-2", "value", "90")
                .bytes());

        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().value()).isEqualByComparingTo("77");
        assertThat(values.find(scenario.measureId("HF-2"), 2)).as("nothing of the file").isEmpty();
        assertThat(outcome()).startsWith("Nothing was entered: return.xlsx has 1 problem(s).");
        assertThat(problems()).singleElement().asString().startsWith("Measures, row 2: HF-1 was changed in the"
                + " return after this workbook was downloaded (").endsWith("), and this row changes it too: the return"
                + " now has value 77, reasons \"" + TUESDAY + "\"; this row has value 76. Enter your change in the"
                + " form instead, or download the workbook again and fill in this row there");

        // Downloaded again, the same change goes in over what the person has now seen.
        upload("return.xlsx", Workbook.of(ReturnWorkbook.xlsx(sheets.load(scenario.housing.id())))
                .set("Measures", "HF-1", "value", "76").bytes());
        assertThat(outcome()).startsWith("1 value from return.xlsx entered in the form");
        QuarterValue hf1 = values.find(scenario.measureId("HF-1"), 2).orElseThrow();
        assertThat(hf1.value()).isEqualByComparingTo("76");
        assertThat(hf1.reasons()).isEqualTo(TUESDAY);
    }

    /** A CSV file records nothing of what the return held: a figure it gives as stored is still no change. */
    @Test
    void aValuesFileGivingAFigureAsStoredLeavesItAndItsNoteAlone() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 6104);
        long repairs = scenario.measureId("HF-1");
        values.saveFigure(repairs, 2, new BigDecimal("85"), "From the repairs system", null, null, "feed");
        int version = values.find(repairs, 2).orElseThrow().version();
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));

        upload("values.csv", "code,value\nHF-1,85.0\nHF-2,60\n".getBytes(StandardCharsets.UTF_8));

        QuarterValue hf1 = values.find(repairs, 2).orElseThrow();
        assertThat(hf1.note()).isEqualTo("From the repairs system");
        assertThat(hf1.version()).as("not saved again").isEqualTo(version);
        assertThat(values.find(scenario.measureId("HF-2"), 2).orElseThrow().value()).isEqualByComparingTo("60");
        assertThat(outcome()).startsWith("1 value from values.csv entered in the form; 1 row unchanged left as it"
                + " was.");
    }

    /**
     * Monday: HF-1 75 (Amber) with its narrative and HKA-1 on track, given by the data officer, and the workbook
     * downloaded. Tuesday: the director corrects HF-1 to 77 with the reasons for it, and HKA-1's commentary, on the
     * form. Wednesday: the data officer opens the form. Returns Monday's workbook.
     */
    private Workbook openedOnWednesday(ReturnScenario scenario) throws Exception {
        long id = scenario.housing.id();
        long hf1 = scenario.measureId("HF-1");
        long hka1 = scenario.actionId("HKA-1");
        editing.saveMeasure(id, hf1, null, new MeasureEntry(new BigDecimal("75"), MONDAY,
                "A new contractor starts next month", null, null, null), "data.housing");
        editing.saveKeyAction(id, hka1, null, new ActionEntry(Rag.GREEN, "On plan", null, null), "data.housing");
        Workbook monday = Workbook.of(ReturnWorkbook.xlsx(sheets.load(id)));

        editing.saveMeasure(id, hf1, values.find(hf1, 2).orElseThrow().version(), new MeasureEntry(
                new BigDecimal("77"), TUESDAY, "A new contractor starts next month", null, null, null), "dir.housing");
        editing.saveKeyAction(id, hka1, actions.findStatus(hka1, 2).orElseThrow().version(),
                new ActionEntry(Rag.GREEN, "Twelve homes back in use", null, null), "dir.housing");

        signIn("data.housing");
        open(ReturnView.path(id));
        return monday;
    }
}
