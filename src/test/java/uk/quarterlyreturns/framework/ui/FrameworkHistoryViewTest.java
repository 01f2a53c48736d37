package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.base.ui.NotAllowedView;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkHistoryReader;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.ViewTest;

/**
 * On the Framework screen, a measure saved with a reason is kept in the year's history, shown newest first under
 * "History…" (found by its code, downloaded as CSV or XLSX) and in the measure's own form; a save that changes
 * nothing keeps nothing; an import's reason is kept too. Nobody outside the performance team and administrators opens
 * the screen, and a history left open in a tab downloads nothing once its reader has lost the right. Years 5030-5033.
 */
class FrameworkHistoryViewTest extends ViewTest {

    private static final String YEAR = "5030-31";

    @Autowired FrameworkImport imports;
    @Autowired FigureImport figures;
    @Autowired YearRepository years;
    @Autowired FrameworkHistoryReader history;
    @Autowired UserAdministration admin;

    @Test
    void aSaveOnTheFormAndAnImportAreKeptWithTheirReasonsAndShownNewestFirst() throws Exception {
        imports.importMeasures(YEAR, TabularFile.read(new ClassPathResource("fixtures/framework-cycle.csv")
                .getContentAsByteArray(), "f.csv"), new FrameworkEdit("perfmgr", FrameworkWay.API_FILE, null));
        ReportingYear year = years.find(YEAR).orElseThrow();
        signIn("perf");
        open("framework");
        @SuppressWarnings("unchecked")
        Select<ReportingYear> select = _get(Select.class, s -> s.withLabel("Reporting year"));
        _setValue(select, year);

        MeasureEditor editor = editH1();
        assertThat(editor.isCloseOnOutsideClick()).as("a stray click beside it keeps what was typed").isFalse();
        assertThat(_find(editor, Details.class)).extracting(Details::getSummaryText)
                .containsExactly("Changes to this measure (1)");
        _setValue(_get(editor, TextField.class, s -> s.withLabel("Target")), "45");
        _setValue(_get(editor, TextField.class, s -> s.withLabel("Reason for the change")), "Q1 review agreed 45");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(history.ofYear(year, "perf")).hasSize(3);

        editor = editH1(); // saved again unchanged: nothing more is kept
        assertThat(_find(editor, Details.class)).extracting(Details::getSummaryText)
                .containsExactly("Changes to this measure (2)");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(history.ofYear(year, "perf")).hasSize(3);

        FrameworkImportDialog dialog = new FrameworkImportDialog(imports, figures, years, year, "perf", y -> { });
        dialog.open();
        dialog.read(("code,title,directorate,service,theme\n"
                + "HKA-1,Bring empty homes back into use,Economy and Infrastructure,Housing,Ambitious\n")
                .getBytes(StandardCharsets.UTF_8), "actions.csv");
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Reason for the change")), "Housing plan 5030");
        _click(_get(dialog, Button.class, s -> s.withText("Import")));

        _click(_get(Button.class, s -> s.withText("History…")));
        FrameworkHistoryDialog changes = _get(FrameworkHistoryDialog.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(changes, Grid.class);
        assertThat(rows(grid)).hasSize(4);
        assertThat(GridKt._getFormattedRow(grid, 0).subList(1, 8)).containsExactly("perf",
                "file on the Framework screen", "HKA-1", "added", "", "Bring empty homes back into use",
                "Housing plan 5030");
        assertThat(GridKt._getFormattedRow(grid, 1).subList(1, 8)).containsExactly("perf", "Framework screen form",
                "H-1", "target", "50", "45", "Q1 review agreed 45");
        assertThat(GridKt._getFormattedRow(grid, 1).get(0)).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d");

        _setValue(_get(changes, TextField.class, s -> s.withLabel("Ref")), "r-1");
        assertThat(rows(grid)).containsExactly("R-1 added");
        assertThat(changes.getElement().getTextRecursively()).contains("1 of 4 changes");

        assertThat(_find(changes, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Download CSV", "Download XLSX");
        _find(changes, Anchor.class).forEach(a -> assertThat(a.getElement().getAttribute("download")).isNotNull());
        List<TabularRow> workbook = TabularFile.read(history.xlsx(year, "perf"), "history.xlsx").rows();
        assertThat(workbook).hasSize(4);
        assertThat(workbook.get(1).get("code")).isEqualTo("H-1");
        assertThat(workbook.get(1).get("from")).isEqualTo("50");
        assertThat(workbook.get(1).get("to")).isEqualTo("45");
        assertThat(workbook.get(1).get("way")).isEqualTo("Framework screen form");
        assertThat(new String(history.csv(year, "perf"), StandardCharsets.UTF_8))
                .contains(",measure,H-1,target,50,45,perf,Framework screen form,Q1 review agreed 45\n");

        // leaving the page (Back, a link) closes the form dialog it had open: it would stay over the next page
        changes.close();
        MeasureEditor left = editH1();
        UI.getCurrent().navigate("inbox");
        assertThat(left.isOpened()).isFalse();
        assertThat(_find(MeasureEditor.class)).isEmpty();
    }

    /** A history left open in a tab is read again when downloaded: refused once its reader may no longer read it. */
    @Test
    void aDownloadFromAHistoryLeftOpenIsRefusedOnceItsReaderLostTheRight() throws Exception {
        imports.importMeasures("5032-33", TabularFile.read(new ClassPathResource("fixtures/framework-cycle.csv")
                .getContentAsByteArray(), "f.csv"), new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        ReportingYear year = years.find("5032-33").orElseThrow();
        String username = "history.admin5032";
        admin.create(new UserFields(username, "Hal History", username + "@council.test", EnumSet.of(Role.ADMIN),
                null, null), "pear tree lane 5032", "admin");
        signIn(username);
        FrameworkHistoryDialog dialog = new FrameworkHistoryDialog(history, year, username);
        dialog.open();
        Anchor csv = _get(dialog, Anchor.class, s -> s.withText("Download CSV"));
        assertThat(new String(DownloadKt._download(csv), StandardCharsets.UTF_8))
                .isEqualTo(new String(history.csv(year, "perf"), StandardCharsets.UTF_8))
                .contains(",measure,H-1,added,,Percentage of repairs completed on time,perf,API file,\n");

        admin.setEnabled(username, false, "admin");
        assertThat(DownloadKt._download(csv)).as("once disabled").isEmpty();
        assertThat(DownloadKt._download(_get(dialog, Anchor.class, s -> s.withText("Download XLSX"))))
                .as("once disabled").isEmpty();
    }

    @Test
    void nobodyButThePerformanceTeamAndAdministratorsOpensTheScreen() {
        for (String who : List.of("data.housing", "dir.housing", "reader", "ceo")) {
            signIn(who);
            open("framework");
            assertThat(_get(NotAllowedView.class).getElement().getTextRecursively()).as(who)
                    .contains("You may not open this page");
            assertThat(_find(FrameworkHistoryDialog.class)).as(who).isEmpty();
        }
    }

    private MeasureEditor editH1() {
        @SuppressWarnings("unchecked")
        Grid<Object> measures = _find(Grid.class).stream()
                .filter(g -> g.getAriaLabel().filter("Measures"::equals).isPresent()).findFirst().orElseThrow();
        int h1 = IntStream.range(0, GridKt._size(measures))
                .filter(i -> GridKt._getFormattedRow(measures, i).get(0).equals("H-1")).findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(measures, h1, "edit"));
        return _get(MeasureEditor.class);
    }

    private static List<String> rows(Grid<Object> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i))
                .map(r -> r.get(3) + " " + r.get(4)).toList();
    }
}
