package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.ui.OpenCycleDialog;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** The compliance view without a browser: who sees what, chasing with a preview, bulk acceptance, opening a cycle. */
class ComplianceViewTest extends ViewTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2341);

    @Autowired
    ApplicationContext context;
    @Autowired
    ComplianceService compliance;
    @Autowired
    CycleService cycles;

    @Test
    void thePerformanceTeamChasesAServiceAfterSeeingTheEmail() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn("perf");
        open("compliance");
        choose(scenario.cycle);

        assertThat(_get(ComplianceCounts.class).getElement().getTextRecursively()).contains("Returns due1")
                .contains("Not yet in1 (100%)");
        ComplianceGrid grid = _get(ComplianceGrid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains("Housing", "Imran Hussain",
                "Not started", "closes in 14 days");
        assertThat(_get(CompletenessFigure.class).getElement().getTextRecursively())
                .contains(scenario.cycle.shortName() + ": ");

        Button chase = (Button) GridKt._getCellComponent(grid, 0, "chase");
        assertThat(chase.getAriaLabel()).hasValue("Chase Housing");
        _click(chase);
        ChaseDialog dialog = _get(ChaseDialog.class);
        _setValue(_get(dialog, com.vaadin.flow.component.textfield.TextArea.class), "Please send it this week");
        assertThat(_get(dialog, Pre.class).getText()).contains("Please send it this week");
        assertThat(dialog.getElement().getTextRecursively()).contains("dir.housing@demo.council.test")
                .contains("data.housing@demo.council.test");
        _click(_get(dialog, Button.class, s -> s.withText("Send chase")));
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).isEqualTo(
                        "Chased 1 service: 2 emails queued for delivery (see the outbox for what becomes of them)"));

        ReturnCompliance row = compliance.forCycle(scenario.cycle.id()).returns().get(0);
        assertThat(row.remindersSent()).isEqualTo(1);
        assertThat(row.lastChased()).isNotNull();
    }

    @Test
    void aStrategicDirectorSeesOnlyTheirDirectorate() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn("sd.economy");
        open("compliance");
        choose(scenario.cycle);
        assertThat(GridKt._size(_get(ComplianceGrid.class))).isEqualTo(1);
        assertThat(_find(Button.class, s -> s.withText("Chase all late (0)"))).isEmpty();

        signIn("sd.children");
        open("inbox");
        open("compliance");
        choose(scenario.cycle);
        assertThat(GridKt._size(_get(ComplianceGrid.class))).isZero();
    }

    @Test
    void signedOffReturnsAreAcceptedTogether() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
        workflow.submit(scenario.housing.id(), "data.housing");
        workflow.signOff(scenario.housing.id(), "dir.housing");

        signIn("perf");
        open("compliance");
        choose(scenario.cycle);
        ComplianceGrid grid = _get(ComplianceGrid.class);
        grid.asMultiSelect().select(grid.getListDataView().getItems().toList());
        _click(_get(Button.class, s -> s.withText("Accept selected signed-off returns")));

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
    }

    @Test
    void aCycleIsOpenedWithItsSettingsChecked() throws Exception {
        ReturnScenario earlier = ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn("perf");
        open("compliance");
        _click(_get(Button.class, s -> s.withText("Open a cycle…")));
        OpenCycleDialog dialog = _get(OpenCycleDialog.class);
        @SuppressWarnings("unchecked")
        Select<Object> year = _get(dialog, Select.class, s -> s.withLabel("Reporting year"));
        year.setValue(year.getListDataView().getItems().filter(y -> y.toString().contains(earlier.year))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Integer> quarter = _get(dialog, Select.class, s -> s.withLabel("Quarter"));
        _setValue(quarter, 3);
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Reminder days before the deadline")), "7, x");

        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        assertThat(dialog.getElement().getTextRecursively()).contains("\"x\" is not");
        assertThat(cycles.all()).noneMatch(c -> c.yearLabel().equals(earlier.year) && c.quarter() == 3);

        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Reminder days before the deadline")), "10, 3");
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        Cycle opened = cycles.all().stream().filter(c -> c.yearLabel().equals(earlier.year) && c.quarter() == 3)
                .findFirst().orElseThrow();
        assertThat(opened.reminderDays()).isEqualTo("10, 3");
    }

    private static void choose(Cycle cycle) {
        @SuppressWarnings("unchecked")
        Select<Cycle> select = _get(Select.class, s -> s.withLabel("Cycle"));
        _setValue(select, select.getListDataView().getItems().filter(c -> c.id() == cycle.id()).findFirst()
                .orElseThrow());
    }
}
