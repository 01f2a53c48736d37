package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/** The Framework screen lists the year's key actions and removes one imported by mistake, asking first. */
class KeyActionsPanelTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired FrameworkRemoval removal;
    @Autowired KeyActionRepository actions;
    @Autowired YearRepository years;

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

        KeyActionsPanel panel = new KeyActionsPanel(actions, removal, "perf");
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
}
