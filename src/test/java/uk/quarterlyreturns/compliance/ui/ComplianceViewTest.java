package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.ui.OpenCycleDialog;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.returns.BulkAcceptance;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ui.ReturnView;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** The compliance view without a browser: who sees what, chasing with a preview, bulk acceptance, opening a cycle. */
class ComplianceViewTest extends ViewTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2341);
    private static final String HISTORY = "Export every return's history (CSV)";

    @Autowired
    ApplicationContext context;
    @Autowired
    ComplianceService compliance;
    @Autowired
    CycleService cycles;
    @Autowired
    Chasing chasing;

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
        assertThat(GridKt._getCellComponent(grid, 0, "service").getElement().getTextRecursively())
                .as("the service, its director now beneath").isEqualTo("Housing" + "Director now: Imran Hussain");
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains("Not started", "closes in 14 days",
                "Not chased");
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
        // Housing's director and data officer, and any colleague tests before this one gave Housing (listed by name
        // when one of them takes a daily digest)
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).startsWith("Chased 1 service: ")
                        .contains(chasing.recipients(scenario.housing.id()).size() + " emails")
                        .endsWith(" (see the outbox for what becomes of them)"));

        ReturnCompliance row = compliance.forCycle(scenario.cycle.id()).returns().get(0);
        assertThat(row.remindersSent()).isEqualTo(1);
        assertThat(_find(Anchor.class, s -> s.withText(HISTORY))).as("every service's history, for an auditor")
                .hasSize(1);
        assertThat(row.lastChased()).isNotNull();
        assertThat(GridKt._getCellComponent(_get(ComplianceGrid.class), 0, "chased").getElement()
                .getTextRecursively()).as("the row says so at once").isEqualTo("1 reminder"
                        + "Last " + UkDates.WHEN.format(row.lastChased()));
    }

    @Test
    void anAddressWithTheCycleOpensThatCycleAndAnUnknownOneTheNewestAndPickingOneNamesItThere() throws Exception {
        ReturnScenario older = ReturnScenario.open(context, YEAR.getAndIncrement());
        ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn("perf");
        openCycle(String.valueOf(older.cycle.id()));
        assertThat(cycleSelect().getValue().id()).isEqualTo(older.cycle.id());
        assertThat(_get(CompletenessFigure.class).getElement().getTextRecursively())
                .contains(older.cycle.shortName() + ": ");

        Cycle newest = cycles.all().get(0);
        choose(newest);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .as("the address names the cycle picked").isEqualTo("compliance?cycle=" + newest.id());
        assertThat(_get(CompletenessFigure.class).getElement().getTextRecursively())
                .contains(newest.shortName() + ": ");

        for (String unknown : List.of("999999999", "x1", "")) {
            open("inbox");
            openCycle(unknown);
            assertThat(cycleSelect().getValue().id()).as(unknown).isEqualTo(newest.id());
        }
    }

    @Test
    void aStrategicDirectorSeesOnlyTheirDirectorate() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn("sd.economy");
        open("compliance");
        choose(scenario.cycle);
        assertThat(GridKt._size(_get(ComplianceGrid.class))).isEqualTo(1);
        assertThat(_find(Button.class, s -> s.withText("Chase all late (0)"))).isEmpty();
        assertThat(_find(Anchor.class, s -> s.withText(HISTORY))).as("every service's history").isEmpty();

        signIn("sd.children");
        open("inbox");
        open("compliance");
        choose(scenario.cycle);
        assertThat(GridKt._size(_get(ComplianceGrid.class))).isZero();
    }

    /**
     * The open-cycle dialog warns before opening; a cycle opened by the timer or the API had nobody to warn, so the
     * performance team reads it where they watch the cycle.
     */
    @Test
    void aCycleWhoseDatesRunPastTheBankHolidayCalendarSaysSoToThePerformanceTeam() throws Exception {
        context.getBean(FrameworkImport.class).importMeasures("4124-25", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "framework.csv"));
        Cycle cycle = cycles.openAs("4124-25", 1, Instant.parse("4124-07-21T16:00:00Z"),
                Instant.parse("4124-07-31T08:00:00Z"), ChasePolicy.DEFAULT, "timer");
        try {
            signIn("perf");
            open("compliance");
            choose(cycle);
            assertThat(_get(Paragraph.class, s -> s.withClasses("calendar-ends")).getText())
                    .startsWith("The bank holiday calendar ends on 26 Dec 2035: after it, this cycle's reminders");

            signIn("sd.economy"); // who can do nothing about it is not told
            open("inbox");
            open("compliance");
            choose(cycle);
            assertThat(_find(Paragraph.class, s -> s.withClasses("calendar-ends"))).isEmpty();
        } finally {
            ReturnRepository returns = context.getBean(ReturnRepository.class);
            Await.until("its returns issued", ReturnScenario.WAIT, () -> returns.forCycle(cycle.id()).size() == 2);
            OpenedCycles.end(context.getBean(RuntimeService.class), returns, cycle.id());
        }
    }

    @Test
    void bulkAcceptanceLeavesAChallengedReturnWithItsReasonUntilTheServiceAnswers() throws Exception {
        ReturnScenario scenario = signedOff();
        long id = scenario.housing.id();
        context.getBean(Challenges.class).challenge(id, "HF-1", "perf", "85% is high: please confirm the count");

        signIn("perf");
        open("compliance");
        choose(scenario.cycle);
        Button accept = _get(Button.class, s -> s.withText("Accept selected signed-off returns…"));
        assertThat(accept.isEnabled()).as("nothing selected: nothing to accept").isFalse();
        ComplianceGrid grid = _get(ComplianceGrid.class);
        grid.asMultiSelect().select(grid.getListDataView().getItems().toList());
        assertThat(accept.isEnabled()).isTrue();
        _click(accept);
        BulkAcceptDialog dialog = _get(BulkAcceptDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Accept 0 of 1 selected returns?");
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Will not be accepted (1)Housing: the challenge on HF-1 is not answered yet");
        assertThat(_get(dialog, Button.class, s -> s.withText("Accept 0 returns")).isEnabled()).isFalse();
        _click(_get(dialog, Button.class, s -> s.withText("Cancel")));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);

        signIn("data.housing");
        open(ReturnView.path(id));
        Div box = _get(Div.class, s -> s.withClasses("challenges"));
        _setValue(_get(box, TextArea.class, s -> s.withLabel("Answer the challenge on HF-1")),
                "Recounted: 85% is right, a new contractor started in July");
        _click(_get(box, Button.class, s -> s.withText("Send answer")));
        assertThat(box.getElement().getTextRecursively()).contains("Challenged by Performance Officer")
                .contains("Answered by Lucy Wade").contains("a new contractor started in July");

        signIn("perf");
        open("compliance");
        choose(scenario.cycle);
        grid = _get(ComplianceGrid.class);
        grid.asMultiSelect().select(grid.getListDataView().getItems().toList());
        _click(_get(Button.class, s -> s.withText("Accept selected signed-off returns…")));
        dialog = _get(BulkAcceptDialog.class);
        assertThat(dialog.getElement().getTextRecursively()).contains("Will be accepted (1)Housing");
        _click(_get(dialog, Button.class, s -> s.withText("Accept 1 return")));

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(_get(Paragraph.class, s -> s.withClasses("bulk-accept-result")).getText())
                .isEqualTo("1 accepted; 0 left");
        assertThat(context.getBean(ReturnTrail.class).forReturn(id)).extracting(ReturnTrail.Event::kind)
                .contains(Challenges.KIND, Challenges.ANSWER);
    }

    @Test
    void bulkAcceptanceSaysWhatItDidWithEachReturn() throws Exception {
        ReturnScenario clean = signedOff();
        ReturnScenario challenged = signedOff();
        ReturnScenario submitted = ReturnScenario.open(context, YEAR.getAndIncrement());
        submitted.enter("HF-1", 2, "85");
        submitted.enter("HF-2", 2, "55");
        submitted.keyActionOnTrack(2);
        context.getBean(ReturnWorkflow.class).submit(submitted.housing.id(), "data.housing");
        Challenges challenges = context.getBean(Challenges.class);
        challenges.challenge(challenged.housing.id(), "HKA-1", "perf", "Which homes?");
        assertThatThrownBy(() -> challenges.answer(challenged.housing.id(), "HKA-1", "perf", "Mine"))
                .as("the service answers, not the performance team").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> challenges.answer(challenged.housing.id(), "HF-2", "data.housing", "No"))
                .as("only an open challenge is answered").isInstanceOf(IllegalArgumentException.class);
        BulkAcceptance bulk = context.getBean(BulkAcceptance.class);
        List<Long> ids = List.of(clean.housing.id(), challenged.housing.id(), submitted.housing.id());
        assertThatThrownBy(() -> bulk.accept(ids, "dir.housing")).isInstanceOf(NotAllowedException.class);

        BulkAcceptance.Result result = bulk.accept(ids, "perf");

        assertThat(result.message()).isEqualTo("1 accepted; 2 left: Housing: the challenge on HKA-1 is not answered"
                + " yet; Housing: it is submitted, not signed off");
        assertThat(clean.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(challenged.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(submitted.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
    }

    private ReturnScenario signedOff() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
        workflow.submit(scenario.housing.id(), "data.housing");
        workflow.signOff(scenario.housing.id(), "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        return scenario;
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
        assertThat(dialog.getElement().getTextRecursively()).as("the demo has its chief executive")
                .doesNotContain("There is no chief executive");

        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        assertThat(dialog.getElement().getTextRecursively()).contains("\"x\" is not");
        assertThat(cycles.all()).noneMatch(c -> c.yearLabel().equals(earlier.year) && c.quarter() == 3);

        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Reminder days before the deadline")), "10, 3");
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class)); // its Q3 is still to come
        Cycle opened = cycles.all().stream().filter(c -> c.yearLabel().equals(earlier.year) && c.quarter() == 3)
                .findFirst().orElseThrow();
        assertThat(opened.reminderDays()).isEqualTo("10, 3");
        assertThat(cycleSelect().getValue().id()).as("the view shows the cycle it opened").isEqualTo(opened.id());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("compliance?cycle=" + opened.id());
    }

    private static void openCycle(String id) {
        UI.getCurrent().navigate("compliance", QueryParameters.of(ComplianceView.CYCLE_PARAMETER, id));
    }

    @SuppressWarnings("unchecked")
    private static Select<Cycle> cycleSelect() {
        return _get(Select.class, s -> s.withLabel("Cycle"));
    }

    /** Housing's items all move to Highways mid-cycle: its withdrawn return is named apart, in no figure. */
    @Test
    void aReturnWithNothingLeftDueIsNamedApartAndNotCounted() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3604);
        FrameworkImport imports = context.getBean(FrameworkImport.class);
        imports.importMeasures(scenario.year, toHighways("fixtures/framework-form.csv"));
        imports.importKeyActions(scenario.year, toHighways("fixtures/actions-form.csv"));
        signIn("perf");
        open("compliance");
        choose(scenario.cycle);

        assertThat(_get(ComplianceCounts.class).getElement().getTextRecursively()).contains("Returns due1");
        assertThat(String.join(" | ", GridKt._getFormattedRow(_get(ComplianceGrid.class), 0)))
                .contains("Highways and Streetscene");
        assertThat(GridKt._size(_get(ComplianceGrid.class))).isEqualTo(1);
        assertThat(_get(Paragraph.class, s -> s.withClasses("nothing-due")).getText())
                .startsWith("Nothing due this quarter").endsWith(": Housing.");
    }

    /** The fixture with every Housing row moved to Highways and Streetscene. */
    private static TabularFile toHighways(String fixture) throws Exception {
        String text = new ClassPathResource(fixture).getContentAsString(StandardCharsets.UTF_8)
                .replace(",Housing,", ",Highways and Streetscene,");
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), fixture);
    }

    private static void choose(Cycle cycle) {
        Select<Cycle> select = cycleSelect();
        _setValue(select, select.getListDataView().getItems().filter(c -> c.id() == cycle.id()).findFirst()
                .orElseThrow());
    }
}
