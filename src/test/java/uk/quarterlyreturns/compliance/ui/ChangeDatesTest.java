package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** "Change dates…" on the compliance screen: asked first, naming the effects; shown after; the team's only. */
class ChangeDatesTest extends ViewTest {

    private static final AtomicInteger YEAR = new AtomicInteger(4462);

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    private ReturnScenario scenario;

    @AfterEach
    void endTheCycle() {
        if (scenario != null) {
            OpenedCycles.end(runtime, returns, scenario.cycle.id());
        }
    }

    @Test
    void thePerformanceTeamChangesTheDatesOnceTheyConfirmTheEffects() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        Cycle before = scenario.cycle;
        Instant deadline = before.submissionDeadline().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        signIn("perf");
        open("compliance");
        choose(before);
        _click(_get(Button.class, s -> s.withText("Change dates…")));
        ChangeDatesDialog dialog = _get(ChangeDatesDialog.class);
        _setValue(dialog.deadline, deadline.atZone(LondonTime.ZONE).toLocalDateTime());
        _click(_get(dialog, Button.class, s -> s.withText("Change dates…")));
        assertThat(dialog.error.getText()).as("no reason").contains("Give the reason");

        _setValue(dialog.reason, "Typed the wrong day");
        _click(_get(dialog, Button.class, s -> s.withText("Change dates…")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message")).contains("Every return not yet in is then due")
                .contains("its service is emailed the new deadline").contains("The report is compiled");
        assertThat(cycles.find(before.id()).orElseThrow().submissionDeadline()).as("not before they confirm")
                .isEqualTo(before.submissionDeadline());
        ConfirmDialogKt._fireConfirm(question);

        assertThat(cycles.find(before.id()).orElseThrow().submissionDeadline()).isEqualTo(deadline);
        assertThat(_get(Paragraph.class, s -> s.withClasses("date-change")).getText())
                .startsWith("Dates changed by perf on ").endsWith("Reason: Typed the wrong day");
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
        for (String who : new String[] {"admin", "dir.housing", "data.housing", "sd.economy", "ceo"}) {
            assertThat(new Api(url(""), who, "demo").postJson(path, body.replace("}", ",\"agreed\":true}"))
                    .getStatusCode().value()).as(who).isEqualTo(403);
        }
        assertThat(cycles.find(before.id()).orElseThrow().submissionDeadline()).isEqualTo(before.submissionDeadline());
    }

    @Test
    void aStrategicDirectorIsNotOfferedIt() throws Exception {
        scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        signIn("sd.economy");
        open("compliance");
        choose(scenario.cycle);
        assertThat(_find(Button.class, s -> s.withText("Change dates…"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void choose(Cycle cycle) {
        Select<Cycle> select = _get(Select.class, s -> s.withLabel("Cycle"));
        _setValue(select, select.getListDataView().getItems().filter(c -> c.id() == cycle.id()).findFirst()
                .orElseThrow());
    }
}
