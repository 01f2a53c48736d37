package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The performance team imports each of the year's files on the Framework screen, as the API does: the kind is
 * taken from the file's columns, a file is never imported as another kind, and a bad file changes nothing.
 */
class FrameworkImportDialogTest extends ViewTest {

    private static final String YEAR = "2696-97";

    @Autowired FrameworkImport imports;
    @Autowired FigureImport figures;
    @Autowired YearRepository years;
    @Autowired JdbcClient jdbc;

    @Test
    void measuresKeyActionsHistoryAndAQuartersValuesEachGoInFromTheScreen() throws Exception {
        signIn("perf");
        List<String> imported = new ArrayList<>();

        FrameworkImportDialog dialog = dialog(imported);
        dialog.read(fixture("framework-sample.csv"), "framework.csv");
        assertThat(text(dialog)).contains("11 measures read");
        _click(_get(dialog, Button.class, s -> s.withText("Import")));
        assertThat(imported).containsExactly(YEAR);
        assertThat(count("measure")).isEqualTo(11);

        dialog = dialog(imported);
        byte[] actions = ("code,title,directorate,service,theme\n"
                + "HKA-1,Bring empty homes back into use,Economy and Infrastructure,Housing,Ambitious\n")
                .getBytes(StandardCharsets.UTF_8);
        dialog.read(actions, "actions.csv");
        assertThat(kind(dialog).getValue()).isEqualTo(YearFileKind.KEY_ACTIONS);
        assertThat(text(dialog)).contains("1 key actions read");
        _click(_get(dialog, Button.class, s -> s.withText("Import")));
        assertThat(count("key_action")).isEqualTo(1);

        dialog = dialog(imported);
        dialog.read("code,year,value,quarter\n1.1,2695-96,341,\n1.1,2695-96,55,2\n".getBytes(StandardCharsets.UTF_8),
                "history.csv");
        assertThat(kind(dialog).getValue()).isEqualTo(YearFileKind.HISTORY);
        _click(_get(dialog, Button.class, s -> s.withText("Import")));
        assertThat(jdbc.sql("select count(*) from measure_history h join measure m on m.id = h.measure_id"
                + " join reporting_year y on y.id = m.year_id where y.label = :y").param("y", YEAR)
                .query(Integer.class).single()).isEqualTo(2);

        dialog = dialog(imported);
        dialog.read(fixture("values-sample-q1.csv"), "values.csv");
        assertThat(kind(dialog).getValue()).isEqualTo(YearFileKind.VALUES);
        @SuppressWarnings("unchecked")
        Select<Integer> quarter = _get(dialog, Select.class, s -> s.withLabel("Quarter"));
        _setValue(quarter, 2);
        _click(_get(dialog, Button.class, s -> s.withText("Import")));
        assertThat(jdbc.sql("select v.value from measure_value v join measure m on m.id = v.measure_id"
                + " join reporting_year y on y.id = m.year_id where y.label = :y and m.code = '1.1' and v.quarter = 2")
                .param("y", YEAR).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("62");
    }

    @Test
    void aFileIsNotImportedAsAnotherKindAndABadOneChangesNothing() throws Exception {
        signIn("perf");
        imports.importMeasures(YEAR, uk.quarterlyreturns.base.tabular.TabularFile.read(
                fixture("framework-sample.csv"), "f.csv"));
        int actionsBefore = count("key_action");

        FrameworkImportDialog dialog = dialog(new ArrayList<>());
        dialog.read(fixture("framework-sample.csv"), "framework.csv");
        _setValue(kind(dialog), YearFileKind.KEY_ACTIONS);
        assertThat(text(dialog)).contains("This file has the columns of measures (the framework), not of key"
                + " actions");
        assertThat(_get(dialog, Button.class, s -> s.withText("Import")).isEnabled()).isFalse();

        dialog.read(("code,title,directorate,service,theme\nHKA-8,A key action,Economy and Infrastructure,Housing,"
                + "Ambitious\nHKA-9,Another,Corporate Services,Housing,Ambitious\n").getBytes(StandardCharsets.UTF_8),
                "actions.csv");
        _click(_get(dialog, Button.class, s -> s.withText("Import")));
        assertThat(text(dialog)).contains("nothing was imported");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(count("key_action")).isEqualTo(actionsBefore);
    }

    @Test
    void aQuartersValueForAMeasureNotDueIsRefusedOnTheScreenAsTheApiRefusesIt() throws Exception {
        String year = "2944-45";
        signIn("perf");
        FrameworkImportDialog dialog = dialogOnSampleFramework(year);
        dialog.read("code,value\n1.1,60\n1.10,400\n".getBytes(StandardCharsets.UTF_8), "values.csv");
        @SuppressWarnings("unchecked")
        Select<Integer> quarter = _get(dialog, Select.class, s -> s.withLabel("Quarter"));
        _setValue(quarter, 2);
        _click(_get(dialog, Button.class, s -> s.withText("Import")));

        assertThat(text(dialog)).contains("nothing was imported");
        @SuppressWarnings("unchecked")
        Grid<ImportError> errors = _get(dialog, Grid.class);
        assertThat(errors.getListDataView().getItems()).containsExactly(new ImportError(3, "code",
                "1.10 is not due in Q2: it is an annual measure, reported in Q3 only"));
        assertThat(jdbc.sql("select count(*) from measure_value v join measure m on m.id = v.measure_id"
                + " join reporting_year y on y.id = m.year_id where y.label = :y").param("y", year)
                .query(Integer.class).single()).isZero();
    }

    /**
     * Every measures file has a unit, and a history file may (the unit an outturn was published in): the unit took
     * a history file for measures, and chosen as history by hand it could not be imported.
     */
    @Test
    void aHistoryFileWithAUnitIsTakenAsHistoryAndImported() throws Exception {
        String year = "5978-79";
        signIn("perf");
        FrameworkImportDialog dialog = dialogOnSampleFramework(year);
        dialog.read("code,year,value,quarter,unit\n1.1,5977-78,41,,%\n".getBytes(StandardCharsets.UTF_8),
                "history.csv");
        assertThat(kind(dialog).getValue()).isEqualTo(YearFileKind.HISTORY);
        assertThat(text(dialog)).contains("1 history rows read");
        _click(_get(dialog, Button.class, s -> s.withText("Import")));

        assertThat(jdbc.sql("select h.unit from measure_history h join measure m on m.id = h.measure_id"
                + " join reporting_year y on y.id = m.year_id where y.label = :y and m.code = '1.1'")
                .param("y", year).query(String.class).list()).containsExactly("%");
    }

    /**
     * A council's own extra column (a target beside a figure, a source beside an outturn) leaves a values or history
     * file what its columns say it is: only a measure's rating columns make a file one of measures.
     */
    @Test
    void aCouncilsOwnExtraColumnDoesNotMakeAFileOneOfMeasures() {
        assertThat(YearFileKind.of(csv("code,value,target\n1.1,60,65\n"))).isEqualTo(YearFileKind.VALUES);
        assertThat(YearFileKind.of(csv("code,year,value,source\n1.1,2016-17,41,BCI\n")))
                .isEqualTo(YearFileKind.HISTORY);
        assertThat(YearFileKind.of(csv("code,year,value,unit\n1.1,2016-17,41,%\n"))).isEqualTo(YearFileKind.HISTORY);
        assertThat(YearFileKind.of(csv("code,title,polarity\n1.1,Homes,HIGHER_IS_BETTER\n")))
                .isEqualTo(YearFileKind.MEASURES);
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "file.csv");
    }

    /** A file of its header row alone was shown as "0 key actions read", ready to import: the screen refuses it. */
    @Test
    void aFileWithNoRowsIsRefusedOnTheScreenAsTheApiRefusesIt() {
        signIn("perf");
        FrameworkImportDialog dialog = dialog(new ArrayList<>());
        dialog.read("code,title,directorate,service,theme\n".getBytes(StandardCharsets.UTF_8), "actions.csv");

        assertThat(text(dialog)).contains("1 problem: nothing was imported");
        @SuppressWarnings("unchecked")
        Grid<ImportError> errors = _get(dialog, Grid.class);
        assertThat(errors.getListDataView().getItems()).extracting(ImportError::message)
                .containsExactly("The file has no rows, only a header row: nothing was imported");
        assertThat(_get(dialog, Button.class, s -> s.withText("Import")).isEnabled()).isFalse();
    }

    /** A framework with a directorate nobody leads: the screen says so, in the notice left until it is closed. */
    @Test
    void aDirectorateWithNoStrategicDirectorIsNamedAfterTheImport() {
        signIn("perf");
        FrameworkImportDialog dialog = dialog(new ArrayList<>());
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Reporting year")), "3005-06");
        dialog.read(("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\nLW-1,Weirs cleared,Locks and Weirs 3005,Weir Works 3005,Ambitious,count,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,5,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "f.csv");
        _click(_get(dialog, Button.class, s -> s.withText("Import")));
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n -> {
            assertThat(n.getElement().getProperty("text", "")).startsWith("1 measures imported, 1 new or changed. "
                    + "With no strategic director in 3005/06: Locks and Weirs 3005. Strategic directors of directorates"
                    + " not in the 3005/06 framework: ");
            assertThat(n.getDuration()).isZero();
        });
    }

    /** On a council's first day the people file is at hand too: uploaded here, it is sent to the Users screen. */
    @Test
    void aPeopleFileIsSentToTheUsersScreenNotReadAsKeyActions() {
        signIn("admin");
        FrameworkImportDialog dialog = dialog(new ArrayList<>());
        dialog.read(("username,name,email,roles,service,directorate\n"
                + "pat.perf,Pat Perf,pat@council.example,PERFORMANCE_TEAM,,\n").getBytes(StandardCharsets.UTF_8),
                "people.csv");
        assertThat(text(dialog)).contains("This is the people file: an administrator imports it on the Users screen")
                .doesNotContain("nothing was imported");
        assertThat(_get(dialog, Button.class, s -> s.withText("Import")).isEnabled()).isFalse();
    }

    /**
     * A file the browser will not send (an .xls workbook) takes back what the last file offered: Import was left on
     * for the earlier file under the component's "Incorrect File Type.", so a press imported a file no longer meant.
     */
    @Test
    void aFileTheBrowserWillNotSendOffersNothingToImport() throws Exception {
        signIn("perf");
        FrameworkImportDialog dialog = dialog(new ArrayList<>());
        dialog.read(fixture("framework-sample.csv"), "framework.csv");
        assertThat(_get(dialog, Button.class, s -> s.withText("Import")).isEnabled()).isTrue();

        Upload upload = _get(dialog, Upload.class);
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "Incorrect File Type.", "framework.xls"));
        assertThat(text(dialog)).contains("Nothing was read: framework.xls is not a CSV file or an .xlsx workbook.");
        assertThat(_get(dialog, Button.class, s -> s.withText("Import")).isEnabled()).isFalse();
    }

    private FrameworkImportDialog dialog(List<String> imported) {
        FrameworkImportDialog dialog = new FrameworkImportDialog(imports, figures, years, null, "perf", imported::add);
        dialog.open();
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Reporting year")), YEAR);
        return dialog;
    }

    /** The dialog on a year of the test's own, holding the sample framework. */
    private FrameworkImportDialog dialogOnSampleFramework(String year) throws Exception {
        imports.importMeasures(year, TabularFile.read(fixture("framework-sample.csv"), "f.csv"));
        FrameworkImportDialog dialog = dialog(new ArrayList<>());
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Reporting year")), year);
        return dialog;
    }

    @SuppressWarnings("unchecked")
    private static Select<YearFileKind> kind(FrameworkImportDialog dialog) {
        return _get(dialog, Select.class, s -> s.withLabel("The file holds"));
    }

    private static String text(FrameworkImportDialog dialog) {
        return dialog.getElement().getTextRecursively();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table + " t join reporting_year y on y.id = t.year_id"
                + " where y.label = :y").param("y", YEAR).query(Integer.class).single();
    }

    private static byte[] fixture(String name) throws Exception {
        return new ClassPathResource("fixtures/" + name).getContentAsByteArray();
    }
}
