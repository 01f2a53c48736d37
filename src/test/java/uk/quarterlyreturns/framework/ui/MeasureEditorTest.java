package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ViewTest;

/** The measure form follows the framework file's rules: a bad field is marked and nothing is saved. */
class MeasureEditorTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired FrameworkRemoval removal;
    @Autowired ApplicationContext context;

    @Test
    void editsAMeasureAndRefusesABadFieldWithoutSavingAnything() throws Exception {
        imports.importMeasures("2022-23", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        signIn("perf");
        ReportingYear year = years.find("2022-23").orElseThrow();
        var h1 = measures.find(year.id(), "H-1").orElseThrow();

        MeasureEditor editor = new MeasureEditor(imports, year, h1.definition(), () -> { });
        editor.open();
        assertThat(field(editor, "Code").isReadOnly()).isTrue();
        assertThat(field(editor, "Target").getValue()).isEqualTo("50");

        _setValue(field(editor, "Target"), "fifty");
        _setValue(field(editor, "Title"), "Repairs on time (changed)");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(field(editor, "Target").isInvalid()).isTrue();
        assertThat(field(editor, "Target").getErrorMessage()).isNotBlank();
        assertThat(measures.find(year.id(), "H-1").orElseThrow().title()).isEqualTo(h1.title());

        _setValue(field(editor, "Target"), "55");
        @SuppressWarnings("unchecked")
        ComboBox<String> polarity = _get(editor, ComboBox.class, s -> s.withLabel("Polarity"));
        _setValue(polarity, "LOWER_IS_BETTER");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        var saved = measures.find(year.id(), "H-1").orElseThrow().definition();
        assertThat(saved.title()).isEqualTo("Repairs on time (changed)");
        assertThat(saved.target().value()).isEqualByComparingTo("55");
        assertThat(saved.polarity().name()).isEqualTo("LOWER_IS_BETTER");
    }

    /** By the end of the year the whole annual target is due: the form refuses a profile short of it. */
    @Test
    void aProfileShortOfTheWholeTargetInQ4IsRefusedOnItsField() throws Exception {
        imports.importMeasures("3923-24", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        signIn("perf");
        ReportingYear year = years.find("3923-24").orElseThrow();
        var h1 = measures.find(year.id(), "H-1").orElseThrow();
        MeasureEditor editor = new MeasureEditor(imports, year, h1.definition(), () -> { });
        editor.open();
        List<String> profile = List.of("20", "40", "60", "80");
        for (int q = 1; q <= 4; q++) {
            _setValue(field(editor, "Profile q" + q), profile.get(q - 1));
        }
        _click(_get(editor, Button.class, s -> s.withText("Save")));

        assertThat(field(editor, "Profile q4").isInvalid()).isTrue();
        assertThat(field(editor, "Profile q4").getErrorMessage())
                .isEqualTo("profile_q4 must be 100: by the end of the year the whole annual target is due");
        assertThat(field(editor, "Profile q4").getValue()).as("what was typed is kept").isEqualTo("80");
        assertThat(measures.find(year.id(), "H-1").orElseThrow().definition().profilePct())
                .isEqualTo(h1.definition().profilePct());
    }

    @Test
    void editingOneMeasureKeepsItsPlaceAndANewOneGoesLast() {
        String year = "2074-75";
        imports.importMeasures(year, framework("A", "B", "C"));
        signIn("perf");
        ReportingYear reportingYear = years.find(year).orElseThrow();
        var c = measures.find(reportingYear.id(), "C").orElseThrow();

        MeasureEditor editor = new MeasureEditor(imports, reportingYear, c.definition(), () -> { });
        editor.open();
        _setValue(field(editor, "Title"), "Measure C (renamed)");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(measures.find(reportingYear.id(), "C").orElseThrow().title()).isEqualTo("Measure C (renamed)");
        assertThat(codes(reportingYear)).containsExactly("A", "B", "C");

        imports.importMeasures(year, framework("D", "B")); // a partial file: B keeps its place, D goes last
        assertThat(codes(reportingYear)).containsExactly("A", "B", "C", "D");

        imports.importMeasures(year, framework("D", "C", "B", "A")); // the whole framework: the file's order
        assertThat(codes(reportingYear)).containsExactly("D", "C", "B", "A");
    }

    /** "New measure" with a code the year already has, in any letters, is refused on the code: nothing is overwritten. */
    @Test
    void aNewMeasureWithACodeTheYearHasIsRefusedAndTheMeasureKept() {
        String year = "2665-66";
        imports.importMeasures(year, framework("NM-1"));
        signIn("perf");
        ReportingYear reportingYear = years.find(year).orElseThrow();

        MeasureEditor editor = savedAsNew(reportingYear, "nm-1", "A different measure", "7", "LOWER_IS_BETTER");

        assertThat(field(editor, "Code").isInvalid()).isTrue();
        assertThat(field(editor, "Code").getErrorMessage()).contains("NM-1");
        assertThat(measures.forYear(reportingYear.id())).singleElement()
                .satisfies(m -> assertThat(m.title()).isEqualTo("Measure NM-1"));
    }

    /** "New measure" with a key action's code, in any letters, is refused on the code naming the key action. */
    @Test
    void aNewMeasureWithAKeyActionsCodeIsRefusedNamingIt() {
        String year = "7625-26";
        imports.importKeyActions(year, AcceptedReturn.csv("code,title,directorate,service,theme\n"
                + "NM-9,Open the new depot,Economy and Infrastructure,Housing,Ambitious\n"));
        signIn("perf");
        ReportingYear reportingYear = years.find(year).orElseThrow();

        MeasureEditor editor = savedAsNew(reportingYear, "nm-9", "Depot visits", "7", "HIGHER_IS_BETTER");

        assertThat(field(editor, "Code").isInvalid()).isTrue();
        assertThat(field(editor, "Code").getErrorMessage()).isEqualTo("The 7625/26 framework already has the key"
                + " action NM-9 Open the new depot: give the measure a code of its own");
        assertThat(field(editor, "Title").getValue()).as("what was typed is kept").isEqualTo("Depot visits");
        assertThat(measures.forYear(reportingYear.id())).isEmpty();
    }

    /** Two officers (or two tabs) open one measure: the second save may not undo the first unseen. */
    @Test
    void aSaveIsRefusedWhenTheMeasureChangedOrWentSinceTheFormWasOpened() {
        String year = "2983-84";
        imports.importMeasures(year, framework("SM-1", "SM-2"));
        signIn("perf");
        ReportingYear reportingYear = years.find(year).orElseThrow();
        MeasureEditor editor = new MeasureEditor(imports, reportingYear,
                measures.find(reportingYear.id(), "SM-1").orElseThrow().definition(), () -> { });
        editor.open();

        imports.importMeasures(year, framework("65", List.of("SM-1"))); // another officer's change
        _setValue(field(editor, "Title"), "Measure SM-1 (renamed)");
        _click(_get(editor, Button.class, s -> s.withText("Save")));

        var kept = measures.find(reportingYear.id(), "SM-1").orElseThrow().definition();
        assertThat(kept.target().value()).as("the other officer's target").isEqualByComparingTo("65");
        assertThat(kept.title()).isEqualTo("Measure SM-1");
        assertThat(_get(editor, Paragraph.class, s -> s.withClasses("form-problems")).getText())
                .contains("SM-1 was changed after you opened it");

        MeasureEditor second = new MeasureEditor(imports, reportingYear,
                measures.find(reportingYear.id(), "SM-2").orElseThrow().definition(), () -> { });
        second.open();
        removal.removeMeasure(reportingYear, "SM-2", "perf");
        _click(_get(second, Button.class, s -> s.withText("Save")));
        assertThat(measures.find(reportingYear.id(), "SM-2")).as("not put back by a stale form").isEmpty();
        assertThat(_get(second, Paragraph.class, s -> s.withClasses("form-problems")).getText())
                .contains("SM-2 was removed from 2983/84");
    }

    /** Another directorate for a measure's service moves the whole service: the form says so and asks first. */
    @Test
    void anotherDirectorateMovesTheServiceOnlyOnceConfirmed() {
        String year = "2983-84";
        String header = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\n";
        imports.importMeasures(year, TabularFile.read((header
                + "QR-1,Berths repaired,Economy and Infrastructure,Quay Repairs,Ambitious,count,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,20,,,NONE\n").getBytes(StandardCharsets.UTF_8), "f.csv"));
        signIn("perf");
        ReportingYear reportingYear = years.find(year).orElseThrow();
        MeasureEditor editor = new MeasureEditor(imports, reportingYear,
                measures.find(reportingYear.id(), "QR-1").orElseThrow().definition(), () -> { });
        editor.open();

        _setValue(field(editor, "Directorate"), "Place");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(ConfirmDialogKt._getText(_get(ConfirmDialog.class))).contains("saving moves Quay Repairs, with all"
                + " its measures and key actions, from Economy and Infrastructure to Place for 2983/84");
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(directorateOf(reportingYear, "QR-1")).isEqualTo("Economy and Infrastructure");

        _click(_get(editor, Button.class, s -> s.withText("Save")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(directorateOf(reportingYear, "QR-1")).isEqualTo("Place");
    }

    /** The form takes the framework file's rule: no new target under a return its director has signed off. */
    @Test
    void aTargetUnderASignedOffReturnIsRefusedOnItsFieldAndWordsAreSaved() {
        ReportingYear reportingYear = withHousingAccepted("3701-02");
        MeasureEditor editor = new MeasureEditor(imports, reportingYear,
                measures.find(reportingYear.id(), "RH-1").orElseThrow().definition(), () -> { });
        editor.open();

        _setValue(field(editor, "Target"), "90");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(field(editor, "Target").isInvalid()).isTrue();
        assertThat(field(editor, "Target").getErrorMessage()).contains("RH-1's figures for Q2 are in Housing's"
                + " return, already submitted: changing its target").contains("once the Q2 report is published");
        assertThat(measures.find(reportingYear.id(), "RH-1").orElseThrow().definition().target().value())
                .isEqualByComparingTo("80");

        _setValue(field(editor, "Target"), "80");
        _setValue(field(editor, "Title"), "Repairs completed on time");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(measures.find(reportingYear.id(), "RH-1").orElseThrow().title())
                .isEqualTo("Repairs completed on time");
    }

    /** A new measure joins no return already signed off: the form says so on its service, and keeps what was typed. */
    @Test
    void aNewMeasureForAServiceWhoseReturnIsSignedOffIsRefusedOnItsService() {
        ReportingYear reportingYear = withHousingAccepted("3842-43");

        MeasureEditor editor = savedAsNew(reportingYear, "RH-9", "Empty homes brought back into use", "20",
                "HIGHER_IS_BETTER");

        assertThat(field(editor, "Service").isInvalid()).isTrue();
        assertThat(field(editor, "Service").getErrorMessage()).contains("Adding RH-9 to Housing would add it to"
                + " Housing's Q2 return, already submitted").contains("Have the return sent back first");
        assertThat(field(editor, "Title").getValue()).isEqualTo("Empty homes brought back into use");
        assertThat(measures.find(reportingYear.id(), "RH-9")).isEmpty();
    }

    /** The year with Housing's Q2 return accepted (see {@link AcceptedReturn}), the performance team signed in. */
    private ReportingYear withHousingAccepted(String year) {
        AcceptedReturn.housing(context, year);
        signIn("perf");
        return years.find(year).orElseThrow();
    }

    /** A new quarterly Housing count with no RAG scheme, typed into the "New measure" form and saved. */
    private MeasureEditor savedAsNew(ReportingYear year, String code, String title, String target, String polarity) {
        MeasureEditor editor = new MeasureEditor(imports, year, null, () -> { });
        editor.open();
        _setValue(field(editor, "Code"), code);
        _setValue(field(editor, "Title"), title);
        _setValue(field(editor, "Directorate"), "Economy and Infrastructure");
        _setValue(field(editor, "Service"), "Housing");
        _setValue(field(editor, "Theme"), "Ambitious");
        _setValue(field(editor, "Unit"), "count");
        _setValue(field(editor, "Target"), target);
        for (String[] choice : new String[][] {{"Polarity", polarity}, {"Frequency", "QUARTERLY"},
                {"Aggregation", "SNAPSHOT"}, {"Rag scheme", "NONE"}}) {
            @SuppressWarnings("unchecked")
            ComboBox<String> box = _get(editor, ComboBox.class, s -> s.withLabel(choice[0]));
            _setValue(box, choice[1]);
        }
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        return editor;
    }

    private String directorateOf(ReportingYear year, String code) {
        return measures.find(year.id(), code).orElseThrow().definition().directorate();
    }

    private List<String> codes(ReportingYear year) {
        return measures.forYear(year.id()).stream().map(m -> m.code()).toList();
    }

    private static TabularFile framework(String... codes) {
        return framework("50", List.of(codes));
    }

    private static TabularFile framework(String target, List<String> codes) {
        StringBuilder csv = new StringBuilder(
                "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,"
                        + "rag_scheme\n");
        for (String code : codes) {
            csv.append(code).append(",Measure ").append(code).append(",Economy and Infrastructure,Housing,Ambitious,"
                    + "%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT," + target + ",,,FIVE_POINT\n");
        }
        return TabularFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "f.csv");
    }

    private static TextField field(MeasureEditor editor, String label) {
        return _get(editor, TextField.class, s -> s.withLabel(label));
    }
}
