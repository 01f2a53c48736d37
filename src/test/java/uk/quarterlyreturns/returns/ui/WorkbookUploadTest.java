package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The return's workbook downloaded, filled in offline (narratives, "not available", the provisional mark, key
 * actions) and uploaded whole into the form: what it gives is stored as the form stores typing, all or nothing.
 */
class WorkbookUploadTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ValueRepository values;
    @Autowired KeyActionRepository actions;
    @Autowired ReturnEditing editing;
    @Autowired ReturnTrail trail;

    @Test
    void theWorkbookFilledInOfflineIsStoredWholeWhenUploaded() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5110);
        long id = scenario.housing.id();
        long repairs = scenario.measureId("HF-1");
        editing.saveMeasure(id, repairs, null, new MeasureEntry(new BigDecimal("62"), null, null, null, null, null),
                "data.housing");
        editing.saveProvisional(id, repairs, true, "data.housing");
        signIn("data.housing");
        open(ReturnView.path(id));
        assertThat(_get(_get(ReturnFiles.class), Upload.class).getDropLabel().getElement().getTextRecursively())
                .contains("reasons", "not_available_reason", "provisional", "\"Key actions\" sheet", "status",
                        "Blank cells change nothing");

        byte[] filled = Workbook.of(DownloadKt._download(_get(Anchor.class,
                        s -> s.withText("Download this return (XLSX)"))))
                .set("Measures", "HF-1", "reasons", "The repairs contractor went into administration")
                .set("Measures", "HF-1", "actions_planned", "A new contractor starts next month")
                .set("Measures", "HF-1", "provisional", "no")
                .set("Measures", "HF-2", "not_available_reason", "The housing register is being migrated")
                .set("Key actions", "HKA-1", "status", "amber")
                .set("Key actions", "HKA-1", "commentary", "Eight homes brought back")
                .set("Key actions", "HKA-1", "reasons", "Two contractors withdrew")
                .set("Key actions", "HKA-1", "actions_planned", "A new framework tender").bytes();
        upload("return.xlsx", filled);

        assertThat(outcome()).contains("1 value, 1 figure not available, 1 narrative, 1 key action from return.xlsx"
                + " entered in the form; 1 row with nothing given left as it was.").doesNotContain("Nothing was");
        QuarterValue hf1 = values.find(repairs, 2).orElseThrow();
        assertThat(hf1.value()).isEqualByComparingTo("62");
        assertThat(hf1.provisional()).as("marked final in the workbook").isFalse();
        assertThat(hf1.reasons()).isEqualTo("The repairs contractor went into administration");
        assertThat(hf1.actionsPlanned()).isEqualTo("A new contractor starts next month");
        QuarterValue hf2 = values.find(scenario.measureId("HF-2"), 2).orElseThrow();
        assertThat(hf2.value()).isNull();
        assertThat(hf2.notAvailableReason()).isEqualTo("The housing register is being migrated");
        KeyActionRepository.StatusEntry hka1 = actions.findStatus(scenario.actionId("HKA-1"), 2).orElseThrow();
        assertThat(hka1.status()).isEqualTo(Rag.AMBER);
        assertThat(hka1.commentary()).isEqualTo("Eight homes brought back");
        assertThat(hka1.reasons()).isEqualTo("Two contractors withdrew");
        assertThat(hka1.actionsPlanned()).isEqualTo("A new framework tender");

        // Downloaded again and uploaded as it is, the workbook changes nothing.
        int version = values.find(repairs, 2).orElseThrow().version();
        upload("again.xlsx", DownloadKt._download(_get(Anchor.class, s -> s.withText("Download this return (XLSX)"))));
        assertThat(outcome()).doesNotContain("Nothing was entered");
        assertThat(values.find(repairs, 2).orElseThrow()).satisfies(v -> {
            assertThat(v.reasons()).isEqualTo(hf1.reasons());
            assertThat(v.provisional()).isFalse();
        });
        assertThat(values.find(repairs, 2).orElseThrow().version()).isGreaterThanOrEqualTo(version);
        assertThat(actions.findStatus(scenario.actionId("HKA-1"), 2).orElseThrow().status()).isEqualTo(Rag.AMBER);
    }

    @Test
    void aPlainValuesFileLeavesTheNarrativeAndTheProvisionalMarkAsTheyWere() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5111);
        long id = scenario.housing.id();
        long repairs = scenario.measureId("HF-1");
        editing.saveMeasure(id, repairs, null, new MeasureEntry(new BigDecimal("62"), "Contractor lost", "Retender",
                null, null, null), "data.housing");
        editing.saveProvisional(id, repairs, true, "data.housing");
        signIn("data.housing");
        open(ReturnView.path(id));

        upload("values.csv", "code,value\nHF-1,63\n".getBytes(StandardCharsets.UTF_8));

        assertThat(outcome()).contains("1 value from values.csv entered in the form");
        QuarterValue hf1 = values.find(repairs, 2).orElseThrow();
        assertThat(hf1.value()).isEqualByComparingTo("63");
        assertThat(hf1.provisional()).isTrue();
        assertThat(hf1.reasons()).isEqualTo("Contractor lost");
    }

    @Test
    void everyBadCellOfEitherSheetIsNamedAndNothingIsEntered() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5112);
        long id = scenario.housing.id();
        signIn("data.housing");
        open(ReturnView.path(id));
        byte[] bad = Workbook.of(download(id))
                .set("Measures", "HF-1", "value", "85")
                .set("Measures", "HF-1", "reasons", "x".repeat(4001))
                .set("Measures", "HF-2", "value", "90")
                .set("Measures", "HF-2", "not_available_reason", "Not collected")
                .set("Key actions", "HKA-1", "status", "Nearly there")
                .row("Key actions", "HKA-9", "status", "Green").bytes();

        upload("return.xlsx", bad);

        assertThat(outcome()).contains("Nothing was entered: return.xlsx has 4 problem(s)");
        assertThat(problems()).containsExactly(
                "Measures, row 2, reasons: Too long: at most 4000 characters (this has 4001), as the form takes",
                "Measures, row 3, not_available_reason: A figure is given on this row: leave not_available_reason"
                        + " blank, or clear the value to mark the figure not available",
                "Key actions, row 2, status: \"Nearly there\" is not a rating here: use one of Green, Amber/Green,"
                        + " Amber, Red/Amber, Red",
                "Key actions, row 3, code: HKA-9 is not a key action of this return");
        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();
        assertThat(values.find(scenario.measureId("HF-2"), 2)).isEmpty();
        assertThat(actions.findStatus(scenario.actionId("HKA-1"), 2)).isEmpty();
        assertThat(_get(HousingForm.editor("HF-1"), TextField.class).getValue()).isEmpty();
    }

    @Test
    void aKeyActionsSheetNamingAKeyActionNotInTheReturnRefusesTheFile() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5113);
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        byte[] file = Workbook.of(download(scenario.housing.id()))
                .set("Measures", "HF-1", "value", "85")
                .row("Key actions", "hka-7", "commentary", "Done").bytes();

        upload("return.xlsx", file);

        assertThat(problems()).containsExactly("Key actions, row 3, code: hka-7 is not a key action of this return");
        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();
    }

    /**
     * A workbook whose second sheet was renamed ("Key actions (2)", as a spreadsheet names a copy) has its measures
     * read; its key actions cannot be, and the form says so rather than letting them seem entered.
     */
    @Test
    void aWorkbookWithoutItsKeyActionsSheetSaysNoKeyActionWasRead() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5316);
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        byte[] file = Workbook.of(download(scenario.housing.id()))
                .set("Measures", "HF-1", "value", "85")
                .set("Key actions", "HKA-1", "status", "Green")
                .rename("Key actions", "Key actions (2)").bytes();

        upload("return.xlsx", file);

        assertThat(outcome()).contains("1 value from return.xlsx entered in the form")
                .contains("The workbook has no \"Key actions\" sheet: no key action was read from it.");
        assertThat(actions.findStatus(scenario.actionId("HKA-1"), 2).map(KeyActionRepository.StatusEntry::status))
                .isEmpty();
    }

    @Test
    void aDataOfficersOverrideIsRefusedAndADirectorsIsEnteredWithItsJustification() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5114);
        long id = scenario.housing.id();
        byte[] file = Workbook.of(download(id)).set("Measures", "HF-1", "value", "60")
                .set("Measures", "HF-1", "rag_override", "Amber")
                .set("Measures", "HF-1", "override_justification", "The contractor is back next month").bytes();
        signIn("data.housing");
        open(ReturnView.path(id));

        upload("return.xlsx", file);

        assertThat(problems()).containsExactly("Measures, row 2, rag_override: only the service director (or their"
                + " deputy for the period) may override a RAG: leave rag_override and override_justification blank");
        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();

        signIn("dir.housing");
        open(ReturnView.path(id));
        upload("return.xlsx", file);

        assertThat(outcome()).contains("1 value, 1 RAG override from return.xlsx entered in the form");
        QuarterValue hf1 = values.find(scenario.measureId("HF-1"), 2).orElseThrow();
        assertThat(hf1.value()).isEqualByComparingTo("60");
        assertThat(hf1.override().rag()).isEqualTo(Rag.AMBER);
        assertThat(hf1.override().justification()).isEqualTo("The contractor is back next month");
        assertThat(hf1.override().by()).isEqualTo("dir.housing");
    }

    /**
     * A LibreOffice .ods workbook (or one over 5 MB) the browser will not send is refused in our words, saying what to
     * upload, and the last upload's problems go: only the component's "Incorrect File Type." showed, under the
     * earlier file's outcome, as if the new file had done that.
     */
    @Test
    void aFileTheBrowserWillNotSendSaysWhatToUploadAndClearsTheLastOutcome() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5116);
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        upload("return.xlsx", Workbook.of(download(scenario.housing.id()))
                .row("Key actions", "hka-7", "commentary", "Done").bytes());
        assertThat(problems()).isNotEmpty();

        Upload upload = _get(_get(ReturnFiles.class), Upload.class);
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "Incorrect File Type.", "return.ods"));
        assertThat(outcome()).isEqualTo("Nothing was read: return.ods is not a CSV file or an .xlsx workbook. Upload"
                + " a CSV file or an .xlsx workbook of at most 5 MB (an .xls or .ods workbook: save it as .xlsx first).");
        assertThat(problems()).isEmpty();

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is Too Big.", "Return.XLSX"));
        assertThat(outcome()).startsWith("Nothing was read: Return.XLSX is over 5 MB. ");
    }

    /** A page left open in a second tab after the return was submitted enters nothing through an upload. */
    @Test
    void aPageLeftOpenAfterSubmissionEntersNothingFromAnUpload() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5115);
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        Upload upload = _get(_get(ReturnFiles.class), Upload.class);

        scenario.completeAndSubmit(); // HF-1 85, in the other tab

        UploadKt._upload(upload, "values.csv", "text/csv", "code,value,reasons\nHF-1,60,Lost\n"
                .getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(outcome()).isEqualTo("Nothing was entered: Housing's return is submitted, and you can no longer"
                + " change it. Open it again to see it as it is now.");
        QuarterValue hf1 = values.find(scenario.measureId("HF-1"), 2).orElseThrow();
        assertThat(hf1.value()).isEqualByComparingTo("85");
        assertThat(hf1.reasons()).isNull();
        assertThat(_get(HousingForm.editor("HF-1"), TextField.class).getValue()).as("the page's field").isEmpty();
    }

    /**
     * Every change an upload makes says in the history that it came from the file, not only its figures: the "not
     * available" reason, the narratives, the provisional mark, the key action's words, the start of the return.
     */
    @Test
    void everyChangeAnUploadMakesSaysItCameFromTheFile() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5760);
        long id = scenario.housing.id();
        byte[] file = Workbook.of(download(id)).offTrack().set("Measures", "HF-1", "provisional", "yes")
                .set("Measures", "HF-2", "not_available_reason", "The housing register is being migrated")
                .set("Key actions", "HKA-1", "commentary", "Eight homes brought back").bytes();
        signIn("data.housing");
        open(ReturnView.path(id));

        upload("return.xlsx", file);

        assertThat(outcome()).doesNotContain("Nothing was", "not saved");
        List<ReturnTrail.Event> entries = trail.history(id).stream().filter(e -> !e.kind().equals("CHASE")).toList();
        assertThat(entries).extracting(ReturnTrail.Event::kind, ReturnTrail.Event::item)
                .contains(tuple("STATUS", null), tuple("VALUE", "HF-1"), tuple("REASONS", "HF-1"),
                        tuple("ACTIONS_PLANNED", "HF-1"), tuple(ReturnEditing.PROVISIONAL, "HF-1"),
                        tuple("NOT_AVAILABLE", "HF-2"), tuple("ACTION_STATUS", "HKA-1"),
                        tuple("ACTION_COMMENTARY", "HKA-1"), tuple("ACTION_REASONS", "HKA-1"),
                        tuple("ACTION_ACTIONS_PLANNED", "HKA-1"));
        assertThat(entries).allSatisfy(e -> assertThat(e.comment()).as(e.kind() + " " + e.item())
                .isEqualTo(ReturnEditing.UPLOADED));

        // Typed afterwards, a word is the person's typing again, not the file's.
        _setValue(_get(HousingForm.editor("HF-1"), TextArea.class, s -> s.withLabel("Reasons for performance")),
                "The contractor went into administration in May");
        assertThat(trail.history(id)).filteredOn(e -> e.kind().equals("REASONS")).extracting(ReturnTrail.Event::comment)
                .containsExactly(ReturnEditing.UPLOADED, null);
    }

    /**
     * At sign-off the director may upload the workbook as they may type: a corrected figure with its words, a RAG
     * override and the key action, each in the history as theirs from the file and among the changes at sign-off.
     * The data officer is offered no upload then.
     */
    @Test
    void theDirectorUploadsTheWorkbookAtSignOffAsTheyMayTypeAndTheDataOfficerMayNot() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5761);
        long id = scenario.housing.id();
        scenario.completeAndSubmit();
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        byte[] file = Workbook.of(download(id)).offTrack().set("Measures", "HF-1", "rag_override", "Amber")
                .set("Measures", "HF-1", "override_justification", "The new contractor is already on site").bytes();

        signIn("data.housing");
        open(ReturnView.path(id));
        assertThat(_find(_get(ReturnFiles.class), Upload.class)).as("nothing to upload into at sign-off").isEmpty();

        signIn("dir.housing");
        open(ReturnView.path(id));
        upload("return.xlsx", file);

        assertThat(outcome()).as("HF-2 as downloaded is no change").contains("1 value, 1 narrative, 1 RAG override,"
                + " 1 key action from return.xlsx entered in the form; 1 row unchanged")
                .doesNotContain("not saved");
        QuarterValue hf1 = values.find(scenario.measureId("HF-1"), 2).orElseThrow();
        assertThat(hf1.value()).isEqualByComparingTo("60");
        assertThat(hf1.override().rag()).isEqualTo(Rag.AMBER);
        assertThat(hf1.override().by()).isEqualTo("dir.housing");
        assertThat(actions.findStatus(scenario.actionId("HKA-1"), 2).orElseThrow().status()).isEqualTo(Rag.AMBER);
        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(trail.history(id));
        assertThat(changes.atSignOff()).extracting(ChangesSinceLastVersion.Edit::kind)
                .containsExactlyInAnyOrder("VALUE", "REASONS", "ACTIONS_PLANNED", "RAG_OVERRIDE",
                        "OVERRIDE_JUSTIFICATION", "ACTION_STATUS", "ACTION_REASONS", "ACTION_ACTIONS_PLANNED");
        assertThat(trail.history(id)).filteredOn(e -> changes.atSignOff().stream()
                        .anyMatch(c -> c.kind().equals(e.kind()) && c.item().equals(e.item())))
                .allSatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("dir.housing");
                    assertThat(e.comment()).as(e.kind()).isEqualTo(ReturnEditing.UPLOADED);
                });
    }

    private byte[] download(long returnId) {
        return ReturnWorkbook.xlsx(context.getBean(ReturnSheets.class).load(returnId));
    }

    static void upload(String name, byte[] bytes) {
        UploadKt._upload(_get(_get(ReturnFiles.class), Upload.class), name,
                name.endsWith(".csv") ? "text/csv" : MediaTypes.XLSX, bytes);
        MockVaadin.runUIQueue();
    }

    static String outcome() {
        return _get(ReturnFiles.class).getChildren().filter(c -> c instanceof Paragraph)
                .findFirst().orElseThrow().getElement().getText();
    }

    static List<String> problems() {
        return _get(ReturnFiles.class).getChildren()
                .filter(c -> c instanceof UnorderedList)
                .flatMap(Component::getChildren).map(c -> c.getElement().getText())
                .toList();
    }

    /** A downloaded workbook, filled in as a data officer would: cells by sheet, code and column header. */
    static final class Workbook {

        private final XSSFWorkbook workbook;

        private Workbook(XSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        static Workbook of(byte[] xlsx) throws Exception {
            return new Workbook(new XSSFWorkbook(new ByteArrayInputStream(xlsx)));
        }

        Workbook set(String sheetName, String code, String column, String text) {
            Sheet sheet = workbook.getSheet(sheetName);
            int at = column(sheet, column);
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
                    row.createCell(at).setCellValue(text);
                    return this;
                }
            }
            throw new AssertionError(code + " is not on " + sheetName);
        }

        /** HF-1 at 60 (Red) and HKA-1 at Amber, each with its reasons and actions planned. */
        Workbook offTrack() {
            return set("Measures", "HF-1", "value", "60")
                    .set("Measures", "HF-1", "reasons", "The contractor went into administration")
                    .set("Measures", "HF-1", "actions_planned", "A new contractor starts next month")
                    .set("Key actions", "HKA-1", "status", "amber")
                    .set("Key actions", "HKA-1", "reasons", "Two contractors withdrew")
                    .set("Key actions", "HKA-1", "actions_planned", "A new framework tender");
        }

        /** A row of its own for this code, with one cell filled in. */
        Workbook row(String sheetName, String code, String column, String text) {
            Sheet sheet = workbook.getSheet(sheetName);
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue(code);
            row.createCell(column(sheet, column)).setCellValue(text);
            return this;
        }

        Workbook rename(String sheetName, String to) {
            workbook.setSheetName(workbook.getSheetIndex(sheetName), to);
            return this;
        }

        Workbook hide(String sheetName) {
            workbook.setSheetVisibility(workbook.getSheetIndex(sheetName), SheetVisibility.HIDDEN);
            return this;
        }

        byte[] bytes() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        }

        private static int column(Sheet sheet, String header) {
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals(header)) {
                    return cell.getColumnIndex();
                }
            }
            throw new AssertionError("no column " + header);
        }
    }
}
