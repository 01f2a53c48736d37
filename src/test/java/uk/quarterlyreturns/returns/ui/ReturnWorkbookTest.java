package uk.quarterlyreturns.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/** The downloaded return says what the form says: a figure not available and why, a key action's narrative. */
class ReturnWorkbookTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnEditing editing;
    @Autowired ReturnSheets sheets;

    @Test
    void theWorkbookKeepsWhyAFigureIsNotAvailableAndAnOffTrackKeyActionsReasonsAndActions() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2911);
        long id = scenario.housing.id();
        editing.saveMeasure(id, scenario.measureId("HF-1"), null, new MeasureEntry(null, null, null, null,
                "The housing register is being migrated", null), "data.housing");
        editing.saveKeyAction(id, scenario.actionId("HKA-1"), null, new ActionEntry(Rag.AMBER,
                "Eight homes brought back", "Two contractors withdrew", "A new framework tender"), "data.housing");

        List<List<String>> measures = sheet(ReturnWorkbook.xlsx(sheets.load(id)), 0);
        List<List<String>> actions = sheet(ReturnWorkbook.xlsx(sheets.load(id)), 1);

        assertThat(cell(measures, "HF-1", "not_available_reason")).isEqualTo("The housing register is being migrated");
        assertThat(cell(actions, "HKA-1", "status")).isEqualTo("Amber");
        assertThat(cell(actions, "HKA-1", "reasons")).isEqualTo("Two contractors withdrew");
        assertThat(cell(actions, "HKA-1", "actions_planned")).isEqualTo("A new framework tender");
    }

    @Test
    void anOverrideIsShownOnlyWhileItIsInEffectAsTheFormAndTheReportShowIt() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2940);
        long id = scenario.housing.id();
        long repairs = scenario.measureId("HF-1");
        int version = repairsRedOverriddenAmber(editing, id, repairs);
        List<List<String>> rated = sheet(ReturnWorkbook.xlsx(sheets.load(id)), 0);
        assertThat(cell(rated, "HF-1", "rag")).isEqualTo("Amber");
        assertThat(cell(rated, "HF-1", "rag_override")).isEqualTo("Amber");
        assertThat(cell(rated, "HF-1", "override_justification")).isEqualTo("The contractor is back next month");

        // The figure withdrawn as not available: the override stays saved but rates nothing, so none is shown.
        editing.saveMeasure(id, repairs, version, new MeasureEntry(null, null, null, null,
                "The repairs system is being replaced", null), "dir.housing");
        List<List<String>> unrated = sheet(ReturnWorkbook.xlsx(sheets.load(id)), 0);
        assertThat(sheets.load(id).measures().stream().filter(m -> m.measure().id() == repairs).findFirst()
                .orElseThrow().override()).as("kept on the return").isNotNull();
        assertThat(cell(unrated, "HF-1", "rag_override")).isEmpty();
        assertThat(cell(unrated, "HF-1", "override_justification")).isEmpty();
        assertThat(cell(unrated, "HF-1", "rag")).isNotEqualTo("Amber");
    }

    @Test
    void aFigureMarkedProvisionalSaysSoAsTheFormDoesAndOnlyWhileItHasAFigure() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4802);
        long id = scenario.housing.id();
        long repairs = scenario.measureId("HF-1");
        editing.saveMeasure(id, repairs, null, new MeasureEntry(new BigDecimal("82"), null, null, null, null, null),
                "data.housing");
        editing.saveProvisional(id, repairs, true, "data.housing");
        List<List<String>> marked = sheet(ReturnWorkbook.xlsx(sheets.load(id)), 0);
        assertThat(cell(marked, "HF-1", "value")).isEqualTo("82");
        assertThat(cell(marked, "HF-1", "provisional")).isEqualTo("yes");
        assertThat(cell(marked, "HF-2", "provisional")).isEmpty();

        editing.saveProvisional(id, repairs, false, "data.housing");
        assertThat(cell(sheet(ReturnWorkbook.xlsx(sheets.load(id)), 0), "HF-1", "provisional")).isEmpty();
    }

    /** Filled in offline, a figure reported in arrears says which quarter it is for, as the form does. */
    @Test
    void aFigureReportedInArrearsSaysWhichQuarterItIsFor() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4955, "fixtures/framework-arrears.csv",
                "fixtures/actions-form.csv", Map.of("HF-1", "70", "HF-2", "50"));
        List<List<String>> measures = sheet(ReturnWorkbook.xlsx(sheets.load(scenario.housing.id())), 0);
        assertThat(cell(measures, "HF-1", "figure_for"))
                .isEqualTo("Q1 (Apr-Jun 4955), reported a quarter in arrears");
        assertThat(cell(measures, "HF-2", "figure_for")).as("the return's own quarter").isEmpty();
    }

    /** HF-1 at 60 (Red), overridden to Amber by its director; returns the row's version. */
    static int repairsRedOverriddenAmber(ReturnEditing editing, long returnId, long repairs) {
        int version = editing.saveMeasure(returnId, repairs, null, new MeasureEntry(new BigDecimal("60"),
                "Contractor lost", "Retender", null, null, null), "dir.housing");
        return editing.saveOverride(returnId, repairs, version, Rag.AMBER, "The contractor is back next month",
                "dir.housing");
    }

    static List<List<String>> sheet(byte[] xlsx, int index) throws Exception {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(index);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The cell in the column with this header, on the row whose first cell is the code. */
    static String cell(List<List<String>> rows, String code, String column) {
        int at = rows.get(0).indexOf(column);
        assertThat(at).as("column " + column).isNotNegative();
        return rows.stream().filter(r -> r.get(0).equals(code)).findFirst().orElseThrow().get(at);
    }
}
