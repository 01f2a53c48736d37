package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkExport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The Framework screen lists the year's key actions, removes one imported by mistake, asking first, and exports them
 * as a key actions file that imports again unchanged.
 */
class KeyActionsPanelTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired FrameworkRemoval removal;
    @Autowired KeyActionRepository actions;
    @Autowired YearRepository years;
    @Autowired FrameworkExport export;

    @Test
    void listsTheYearsKeyActionsAndRemovesOnlyOneWithNothingRecorded() throws Exception {
        imports.importMeasures("2693-94", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        imports.importKeyActions("2693-94", TabularFile.read(("code,title,directorate,service,theme\n"
                + "HKA-1,Bring empty homes back into use,Economy and Infrastructure,Housing,Ambitious\n"
                + "HKA-2,Brnig empty homes back,Economy and Infrastructure,Housing,Ambitious\n")
                .getBytes(StandardCharsets.UTF_8), "a.csv"));
        ReportingYear year = years.find("2693-94").orElseThrow();
        long hka1 = actions.forYear(year.id()).stream().filter(a -> a.code().equals("HKA-1")).findFirst()
                .orElseThrow().id();
        actions.saveStatus(hka1, 1, Rag.GREEN, "Twelve homes brought back into use", "perf");
        signIn("perf");

        KeyActionsPanel panel = new KeyActionsPanel(actions, removal, export, "perf");
        panel.show(year);
        assertThat(_get(panel, Details.class).getSummaryText()).isEqualTo("Key actions (2)");
        @SuppressWarnings("unchecked")
        Grid<KeyAction> grid = _get(panel, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);

        _click((Button) GridKt._getCellComponent(grid, 0, "remove"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(panel.getElement().getTextRecursively())
                .contains("HKA-1 has statuses for Q1 of 2693/94, so it stays in the year");
        assertThat(GridKt._size(grid)).isEqualTo(2);

        _click((Button) GridKt._getCellComponent(grid, 1, "remove"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("HKA-2 (Brnig empty homes back) will no longer be"
                + " asked for");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(actions.forYear(year.id())).extracting(KeyAction::code).containsExactly("HKA-1");
        assertThat(_get(panel, Details.class).getSummaryText()).isEqualTo("Key actions (1)");
    }

    @Test
    void theKeyActionsExportedFromThePanelImportAgainUnchanged() throws Exception {
        String label = "7632-33";
        imports.importMeasures(label, TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        String file = "code,title,directorate,service,theme,outcome\n"
                + "HKA-1,\"Bring empty homes back, quickly\",Economy and Infrastructure,Housing,Ambitious,"
                + "More homes people can afford\n"
                + "HKA-2,Resurface the ring road,Economy and Infrastructure,Highways and Streetscene,Ambitious,\n";
        imports.importKeyActions(label, TabularFile.read(file.getBytes(StandardCharsets.UTF_8), "a.csv"));
        signIn("perf");

        KeyActionsPanel panel = new KeyActionsPanel(actions, removal, export, "perf");
        UI.getCurrent().add(panel); // a link's file is served only to a page showing it
        panel.show(years.find(label).orElseThrow());

        byte[] csv = DownloadKt._download(_get(panel, Anchor.class, s -> s.withText("Export key actions CSV")));
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(file);
        assertThat(imports.importKeyActions(label, TabularFile.read(csv, "a.csv")).changed()).isZero();
        byte[] xlsx = DownloadKt._download(_get(panel, Anchor.class, s -> s.withText("Export key actions XLSX")));
        assertThat(imports.importKeyActions(label, TabularFile.read(xlsx, "a.xlsx")).unchanged()).isEqualTo(2);
        assertThat(imports.importKeyActions(label, TabularFile.read(xlsx, "a.xlsx")).changed()).isZero();
    }
}
