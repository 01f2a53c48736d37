package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.chasing.CycleDateChanges;
import uk.quarterlyreturns.chasing.DeadlineExtensions;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.UnreadDates;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;
import org.camunda.bpm.engine.RuntimeService;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * Deadlines that move, from the compliance screen or the API: the performance team extends one return's deadline,
 * or changes the cycle's dates; nobody else may, and a refusal changes nothing. Housing's Q2 return of a year of
 * the test's own, due in a fortnight.
 */
class MovingDeadlinesTest extends ViewTest {

    private static final AtomicInteger YEAR = new AtomicInteger(4470);
    private static final String REASON = "Housing's data comes from a national system on the 25th";

    @Autowired ApplicationContext context;
    @Autowired DeadlineExtensions extensions;
    @Autowired ReturnRepository returns;
    @Autowired ReturnTrail trail;
    @Autowired TaskService tasks;
    @Autowired PeopleService people;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    @Autowired CycleRepository cycleRepository;

    private ReturnScenario scenario;

    @AfterEach
    void endTheCycle() {
        if (scenario != null) {
            OpenedCycles.end(runtime, returns, scenario.cycle.id());
        }
    }

    @Test
    void thePerformanceTeamExtendsFromTheComplianceScreenAndABadDateLosesNothingTyped() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        Cycle cycle = scenario.cycle;
        signIn("perf");
        open("compliance");
        choose(cycle);
        ComplianceGrid grid = _get(ComplianceGrid.class);
        assertThat(grid.getColumnByKey("service").isFrozen())
                .as("the service named beside its row's actions when the grid scrolls sideways").isTrue();
        assertThat(((GridMultiSelectionModel<?>) grid.getSelectionModel()).isSelectionColumnFrozen())
                .as("as the columns before it").isTrue();
        _click((Button) GridKt._getCellComponent(_get(ComplianceGrid.class), 0, "extend"));
        ExtendDeadlineDialog dialog = _get(ExtendDeadlineDialog.class);
        Instant proposed = extensions.proposed(cycle);
        assertThat(dialog.extendTo.getValue()).as("five working days after the cycle's deadline")
                .isEqualTo(local(proposed));
        assertThat(_get(dialog, Paragraph.class,
                s -> s.withClasses("extension-told")).getText()).contains("Imran Hussain");

        _setValue(dialog.reason, REASON);
        _setValue(dialog.extendTo, local(cycle.compilationDate().plus(Duration.ofDays(1))));
        _click(_get(dialog, Button.class, s -> s.withText("Extend deadline")));
        assertThat(dialog.error.getText()).contains("no later than the compilation date");
        assertThat(dialog.error.hasClassName("form-problem")).as("shown as the other forms' refusals").isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.getValue()).as("nothing typed is lost").isEqualTo(REASON);
        assertThat(returns.find(scenario.housing.id()).orElseThrow().extendedTo()).isNull();

        _setValue(dialog.extendTo, local(proposed));
        _click(_get(dialog, Button.class, s -> s.withText("Extend deadline")));
        assertThat(focusPutOn(_get(Paragraph.class, s -> s.withClasses("cycle-dates"))))
                .as("the focus lands on the dates now in force, not at the top of the page").isTrue();
        assertThat(returns.find(scenario.housing.id()).orElseThrow().extendedTo()).isEqualTo(proposed);
        assertThat(GridKt._getCellComponent(_get(ComplianceGrid.class), 0, "deadline").getElement()
                .getTextRecursively()).contains("Extended to " + uk.quarterlyreturns.base.ui.UkDates.DAY.format(
                        proposed.atZone(LondonTime.ZONE)));
        assertThat(trail.forReturn(scenario.housing.id())).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(DeadlineExtension.TRAIL_KIND);
            assertThat(e.actor()).isEqualTo("perf");
            assertThat(e.oldValue()).isEqualTo(DeadlineExtension.when(cycle.submissionDeadline()));
            assertThat(e.newValue()).isEqualTo(DeadlineExtension.when(proposed));
            assertThat(e.comment()).isEqualTo(REASON);
        });
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ReturnProcess.businessKey(scenario.housing.id()))
                .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).singleResult().getDueDate().toInstant())
                .isEqualTo(proposed);

        // the service reads its own deadline on its return's page
        signIn("dir.housing");
        open("returns/" + scenario.housing.id());
        assertThat(_get(uk.quarterlyreturns.returns.ui.ReturnView.class).getElement().getTextRecursively())
                .contains("Deadline: " + UkDateFormat.ofPattern("EEE d MMM yyyy, HH:mm").format(proposed.atZone(LondonTime.ZONE)) + " (extended)");
    }

    @Test
    void aReturnSubmittedSinceThePageWasReadIsRefusedAndSoIsAnExtensionChangedSince() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn("perf");
        open("compliance");
        choose(scenario.cycle);
        _click((Button) GridKt._getCellComponent(_get(ComplianceGrid.class), 0, "extend"));
        ExtendDeadlineDialog dialog = _get(ExtendDeadlineDialog.class);
        _setValue(dialog.reason, REASON);

        // a colleague extends it from another tab meanwhile
        Instant colleagues = extensions.proposed(scenario.cycle).plus(Duration.ofDays(1));
        extensions.extend(scenario.housing.id(), people.find("perf").orElseThrow(), colleagues, "Agreed by phone",
                null);
        _click(_get(dialog, Button.class, s -> s.withText("Extend deadline")));
        assertThat(dialog.error.getText()).contains("after the page was read");
        assertThat(returns.find(scenario.housing.id()).orElseThrow().extendedTo()).isEqualTo(colleagues);

        scenario.completeAndSubmit();
        assertThatThrownBy(() -> extensions.extend(scenario.housing.id(), people.find("perf").orElseThrow(),
                colleagues.plus(Duration.ofDays(1)), REASON, colleagues)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Housing's return is submitted now, so its deadline was not changed");
    }

    @Test
    void onlyThePerformanceTeamMayExtendThroughTheApiOrTheService() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        String body = "{\"service\":\"Housing\",\"deadline\":\"" + local(extensions.proposed(scenario.cycle))
                + "\",\"reason\":\"" + REASON + "\",\"extendedTo\":null}";
        String path = "/api/years/" + scenario.year + "/quarters/2/extensions";
        for (String who : new String[] {"admin", "dir.housing", "data.housing", "sd.economy", "ceo"}) {
            assertThat(new Api(url(""), who, "demo").postJson(path, body).getStatusCode().value()).as(who)
                    .isEqualTo(403);
        }
        assertThatThrownBy(() -> extensions.extend(scenario.housing.id(), people.find("admin").orElseThrow(),
                extensions.proposed(scenario.cycle), REASON, null)).isInstanceOf(NotAllowedException.class);
        assertThat(returns.find(scenario.housing.id()).orElseThrow().extendedTo()).isNull();

        String proposed = local(extensions.proposed(scenario.cycle)).toString();
        ResponseEntity<String> seconds = new Api(url(""), "perf", "demo").postJson(path,
                body.replace(proposed, proposed + ":30"));
        assertThat(seconds.getStatusCode().value()).as(seconds.getBody()).isEqualTo(400);
        assertThat(seconds.getBody()).contains("has seconds: give it to the minute");
        assertThat(returns.find(scenario.housing.id()).orElseThrow().extendedTo()).isNull();
        ResponseEntity<String> noReason = new Api(url(""), "perf", "demo").postJson(path,
                body.replace(REASON, " "));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody()).contains("Give the reason");
        ResponseEntity<String> done = new Api(url(""), "perf", "demo").postJson(path, body);
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(200);
        JsonNode extended = new ObjectMapper().readTree(done.getBody());
        assertThat(Instant.parse(extended.get("extendedTo").asText())).isEqualTo(extensions.proposed(scenario.cycle));
        ResponseEntity<String> stale = new Api(url(""), "perf", "demo").postJson(path, body);
        assertThat(stale.getStatusCode().value()).as("the extension read was none; it has one now").isEqualTo(409);
    }

    /** Withdrawn once they confirm, the question saying when it is overdue: due at the cycle's deadline again. */
    @Test
    void anExtensionWithdrawnIsAskedFirstAndTheServiceIsTold() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        Instant proposed = extensions.proposed(scenario.cycle);
        extensions.extend(scenario.housing.id(), people.find("perf").orElseThrow(), proposed, REASON, null);
        signIn("perf");
        open("compliance");
        choose(scenario.cycle);
        _click((Button) GridKt._getCellComponent(_get(ComplianceGrid.class), 0, "extend"));
        ExtendDeadlineDialog dialog = _get(ExtendDeadlineDialog.class);
        _setValue(dialog.reason, "The data came early after all");
        _click(_get(dialog, Button.class, s -> s.withText("Withdraw the extension…")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message")).contains("It becomes overdue after the cycle's"
                + " deadline, " + DeadlineExtension.when(scenario.cycle.submissionDeadline()));
        assertThat(returns.find(scenario.housing.id()).orElseThrow().extendedTo()).as("not before they confirm")
                .isEqualTo(proposed);
        ConfirmDialogKt._fireConfirm(question);

        assertThat(returns.find(scenario.housing.id()).orElseThrow().extendedTo()).isNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ReturnProcess.businessKey(scenario.housing.id()))
                .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).singleResult().getDueDate().toInstant())
                .isEqualTo(scenario.cycle.submissionDeadline().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(trail.forReturn(scenario.housing.id())).anySatisfy(e -> {
            assertThat(e.item()).isEqualTo("Extension withdrawn");
            assertThat(e.comment()).isEqualTo("The data came early after all");
        });
        assertThat(jdbc.sql("select count(*) from outbox_message where return_id = :r and kind = 'DEADLINE_CHANGED'")
                .param("r", scenario.housing.id()).query(Long.class).single()).isPositive();
    }

    @Test
    void aStrategicDirectorIsNotOfferedTheAction() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn("sd.economy");
        open("compliance");
        choose(scenario.cycle);
        assertThat(GridKt._size(_get(ComplianceGrid.class))).isEqualTo(1);
        assertThat(_get(ComplianceGrid.class).getColumnByKey("extend")).isNull();
        assertThat(_find(Button.class, s -> s.withText("Extend…"))).isEmpty();
    }

    @Test
    void thePerformanceTeamChangesTheDatesOnceTheyConfirmTheEffects() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        Cycle before = scenario.cycle;
        Instant deadline = before.submissionDeadline().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        ChangeDatesDialog dialog = datesDialog(before, deadline);
        _click(_get(dialog, Button.class, s -> s.withText("Change dates…")));
        assertThat(dialog.error.getText()).as("no reason").contains("Give the reason");
        assertThat(dialog.error.hasClassName("form-problem")).as("shown as the other forms' refusals").isTrue();

        _setValue(dialog.reason, "Typed the wrong day");
        _click(_get(dialog, Button.class, s -> s.withText("Change dates…")));
        assertThat(dialog.error.getText()).as("the refusal mended is not left beside the question").isEmpty();
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message")).contains("Every return not yet in is then due")
                .contains("its service is emailed the new deadline").contains("The report is compiled");
        assertThat(cycleRepository.find(before.id()).orElseThrow().submissionDeadline()).as("not before they confirm")
                .isEqualTo(before.submissionDeadline());
        ConfirmDialogKt._fireConfirm(question);

        assertThat(cycleRepository.find(before.id()).orElseThrow().submissionDeadline()).isEqualTo(deadline);
        assertThat(focusPutOn(_get(Paragraph.class, s -> s.withClasses("cycle-dates")))).isTrue();
        assertThat(_get(Paragraph.class, s -> s.withClasses("date-change")).getText())
                .startsWith("Dates changed by perf on ").endsWith("Reason: Typed the wrong day");
    }

    /**
     * A colleague moves the deadline while this page is open; a chase from the page draws it again: the dates line
     * kept the deadline as first read above the colleague's change, beside rows judged by the new one.
     */
    @Test
    void afterAnActionThePageShowsTheDatesNowInForce() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        Cycle before = scenario.cycle;
        signIn("perf");
        open("compliance");
        choose(before);
        Instant later = before.submissionDeadline().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        context.getBean(uk.quarterlyreturns.chasing.CycleDateChanges.class).change(before.id(),
                people.find("perfmgr").orElseThrow(), later, before.compilationDate(), "The data comes later",
                before.submissionDeadline(), before.compilationDate(), true);

        _click((Button) GridKt._getCellComponent(_get(ComplianceGrid.class), 0, "chase"));
        _click(_get(_get(ChaseDialog.class), Button.class, s -> s.withText("Send chase")));
        String day = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK)
                .format(later.atZone(LondonTime.ZONE));
        assertThat(_get(Paragraph.class, s -> s.withClasses("cycle-dates")).getText()).startsWith("Deadline: " + day);
    }

    /**
     * Housing's return, in on time, would count as late were the deadline moved before its submission: the question
     * said nothing of returns already in, which the move judges again.
     */
    @Test
    void theQuestionNamesTheReturnsInWhoseOnTimeTheMoveChanges() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        scenario.completeAndSubmit();
        Instant earlier = returns.find(scenario.housing.id()).orElseThrow().firstSubmittedAt()
                .minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        ChangeDatesDialog dialog = datesDialog(scenario.cycle, earlier);
        _setValue(dialog.reason, "Typed the wrong month");
        _click(_get(dialog, Button.class, s -> s.withText("Change dates…")));
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .contains("Housing's return, in on time, would then count as in late");
    }

    /** Through the API a deadline already past is asked as the dialog asks it: 409 listing it, nothing changed. */
    @Test
    void theApiAsksFirstOfADeadlineAlreadyPastAndRefusesOtherRoles() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        Cycle before = scenario.cycle;
        String local = Instant.now().minus(Duration.ofDays(1)).atZone(LondonTime.ZONE).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES).toString();
        String body = "{\"deadline\":\"" + local + "\",\"compilationDate\":\""
                + before.compilationDate().atZone(LondonTime.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
                + "\",\"reason\":\"Closed early\"}";
        String path = "/api/years/" + scenario.year + "/quarters/2/cycle/dates";
        var asked = new Api(url(""), "perf", "demo").postJson(path, body);
        assertThat(asked.getStatusCode().value()).as(asked.getBody()).isEqualTo(409);
        assertThat(asked.getBody()).contains("toConfirm").contains("has already passed");
        var seconds = new Api(url(""), "perf", "demo").postJson(path, body.replace(local, local + ":30")
                .replace("}", ",\"agreed\":true}"));
        assertThat(seconds.getStatusCode().value()).as(seconds.getBody()).isEqualTo(400);
        assertThat(seconds.getBody()).contains("deadline '" + local + ":30' has seconds");
        for (String who : new String[] {"admin", "dir.housing", "data.housing", "sd.economy", "ceo"}) {
            assertThat(new Api(url(""), who, "demo").postJson(path, body.replace("}", ",\"agreed\":true}"))
                    .getStatusCode().value()).as(who).isEqualTo(403);
        }
        assertThat(cycleRepository.find(before.id()).orElseThrow().submissionDeadline()).isEqualTo(before.submissionDeadline());
    }

    /**
     * After the deadline, only the report's compilation is put back: nothing becomes overdue by the change, so neither
     * the dialog nor the API asks (the API answered 409 until sent with "agreed": true).
     */
    @Test
    void aLaterCompilationDateAfterTheDeadlineAsksNothing() throws Exception {
        scenario = ReturnScenario.open(context, 6059);
        Instant passed = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        jdbc.sql("update cycle set submission_deadline = :d where id = :c")
                .param("d", java.sql.Timestamp.from(passed)).param("c", scenario.cycle.id()).update();
        Instant later = scenario.cycle.compilationDate().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);

        assertThat(context.getBean(CycleDateChanges.class).questions(scenario.cycle.id(), passed, later,
                "The report moves to the Friday")).as("as the dialog asks").isEmpty();
        String body = "{\"deadline\":\"" + local(passed) + "\",\"compilationDate\":\"" + local(later)
                + "\",\"reason\":\"The report moves to the Friday\"}";
        var answer = new Api(url(""), "perf", "demo")
                .postJson("/api/years/" + scenario.year + "/quarters/2/cycle/dates", body);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        Cycle after = cycleRepository.find(scenario.cycle.id()).orElseThrow();
        assertThat(after.compilationDate()).isEqualTo(later);
        assertThat(after.submissionDeadline()).isEqualTo(passed);
    }

    /**
     * The officer asks to move the deadline on six days: nothing to agree to. Before they confirm, a colleague extends
     * Highways to three days after the old deadline, an extension the new one would end. The confirmation went through
     * as agreeing to whatever the change asked, so it ended the extension just agreed unasked; now nothing changes and
     * the officer is asked about it.
     */
    @Test
    void aQuestionThatAroseBeforeTheOfficerConfirmedIsAskedNotTakenAsAgreed() {
        ServiceReturn highways = AcceptedReturn.issued(context, ReportingYear.labelOf(6063)).stream()
                .filter(r -> r.serviceName().equals("Highways and Streetscene")).findFirst().orElseThrow();
        Cycle before = cycleRepository.find(highways.cycleId()).orElseThrow();
        try {
            Instant moved = before.submissionDeadline().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.MINUTES);
            ChangeDatesDialog dialog = datesDialog(before, moved);
            _setValue(dialog.reason, "The national data is published late");
            _click(_get(dialog, Button.class, s -> s.withText("Change dates…")));
            ConfirmDialog question = _get(ConfirmDialog.class);
            assertThat(question.getElement().getProperty("message")).doesNotContain("extension agreed");

            Instant colleagues = before.submissionDeadline().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
            extensions.extend(highways.id(), people.find("perf").orElseThrow(), colleagues, "Agreed by phone", null);
            ConfirmDialogKt._fireConfirm(question);

            assertThat(returns.find(highways.id()).orElseThrow().extendedTo()).as("the extension stands")
                    .isEqualTo(colleagues);
            assertThat(cycleRepository.find(before.id()).orElseThrow().submissionDeadline()).as("nothing changed")
                    .isEqualTo(before.submissionDeadline());
            assertThat(dialog.isOpened()).isTrue();
            assertThat(dialog.error.getText()).startsWith("The dates were not changed: since you were asked")
                    .contains("extension agreed for Highways and Streetscene");
            assertThat(_find(ConfirmDialog.class)).as("asked again").anySatisfy(again -> assertThat(again
                    .getElement().getProperty("message")).contains("extension agreed for Highways and Streetscene"));
        } finally {
            OpenedCycles.end(runtime, returns, before.id());
        }
    }

    /**
     * Once the compilation date has passed (its timer not yet fired) a change of dates is refused, so it is not offered;
     * nor during a correction after publication, which has no compilation date to move.
     */
    @Test
    void noChangeOfDatesIsOfferedOnceTheCompilationDateHasPassed() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        jdbc.sql("update cycle set compilation_date = now() - interval '1 hour' where id = :c")
                .param("c", scenario.cycle.id()).update();
        signIn("perf");
        open("compliance");
        choose(scenario.cycle);
        assertThat(_find(Button.class, s -> s.withText("Change dates…"))).isEmpty();
    }

    @Test
    void aStrategicDirectorIsNotOfferedIt() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn("sd.economy");
        open("compliance");
        choose(scenario.cycle);
        assertThat(_find(Button.class, s -> s.withText("Change dates…"))).isEmpty();
    }

    /**
     * A date and time that cannot be read reached the server as none: the change of dates and the extension were
     * refused for want of a date that was typed. Said as the date pickers say it, nothing changed.
     */
    @Test
    void aDateAndTimeThatCannotBeReadIsSaidSoAndChangesNothing() throws Exception {
        scenario = ReturnScenario.open(context, 7562);
        Cycle before = scenario.cycle;
        ChangeDatesDialog dates = datesDialog(before, before.submissionDeadline().plus(Duration.ofDays(2)));
        _setValue(dates.reason, "Typed the wrong day");
        UnreadDates.type(dates.deadline, "the 23rd");
        _click(_get(dates, Button.class, s -> s.withText("Change dates…")));
        assertThat(_find(ConfirmDialog.class)).as("nothing asked").isEmpty();
        assertThat(dates.error.getText()).isEqualTo("The dates were not changed: Submission deadline: Type the date as"
                + " day/month/year, such as 30/10/2017, and the time as 17:00");
        dates.close();

        _click((Button) GridKt._getCellComponent(_get(ComplianceGrid.class), 0, "extend"));
        ExtendDeadlineDialog extension = _get(ExtendDeadlineDialog.class);
        _setValue(extension.reason, REASON);
        UnreadDates.type(extension.extendTo, "a week on Friday");
        _click(_get(extension, Button.class, s -> s.withText("Extend deadline")));
        assertThat(extension.error.getText()).isEqualTo("Not extended: New deadline: Type the date as day/month/year,"
                + " such as 30/10/2017, and the time as 17:00");
        assertThat(extension.reason.getValue()).as("nothing typed is lost").isEqualTo(REASON);
        assertThat(returns.find(scenario.housing.id()).orElseThrow().extendedTo()).isNull();
        assertThat(cycleRepository.find(before.id()).orElseThrow().submissionDeadline())
                .isEqualTo(before.submissionDeadline());
    }

    /** The performance team's "Change dates…" dialog for the cycle, the new deadline typed in. */
    private ChangeDatesDialog datesDialog(Cycle cycle, Instant deadline) {
        signIn("perf");
        open("compliance");
        choose(cycle);
        _click(_get(Button.class, s -> s.withText("Change dates…")));
        ChangeDatesDialog dialog = _get(ChangeDatesDialog.class);
        _setValue(dialog.deadline, local(deadline));
        return dialog;
    }

    private static LocalDateTime local(Instant at) {
        return at.atZone(LondonTime.ZONE).toLocalDateTime();
    }

    /**
     * Whether the dates line was made a place the focus may be put (Karibu answers the browser, and with it the call to
     * focus, within the click; the focus itself was seen landing there in Chromium).
     */
    private static boolean focusPutOn(Paragraph dates) {
        return "-1".equals(dates.getElement().getAttribute("tabindex"));
    }

    @SuppressWarnings("unchecked")
    private static void choose(Cycle cycle) {
        Select<Cycle> select = _get(Select.class, s -> s.withLabel("Cycle"));
        _setValue(select, select.getListDataView().getItems().filter(c -> c.id() == cycle.id()).findFirst()
                .orElseThrow());
    }
}
