package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.ui.NotAllowedView;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** The strategic director reaches the directorate's signed-off returns and countersigns; nobody else can. */
class CountersignViewTest extends ViewTest {

    private static final String COUNTERSIGN = "Countersign…";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired Countersigning countersigning;
    @Autowired UserAdministration admin;
    @Autowired Delegations delegations;
    @Autowired Clock clock;

    @Test
    void theStrategicDirectorCountersignsFromTheirListAndEveryoneWhoReadsTheReturnSeesIt() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2714);
        long id = scenario.housing.id();
        LocalDate today = LocalDate.now(clock);
        // A strategic director of Housing's directorate who, as the director's deputy, submitted the return.
        String deputy = "countersign.deputy2714";
        admin.create(new UserFields(deputy, "Dana Deputy", deputy + "@council.test", EnumSet.of(
                Role.STRATEGIC_DIRECTOR), null, scenario.housing.directorateId()), "a long enough password", "admin");
        long delegation = delegations.name(scenario.housing.serviceId(), deputy, today, today.plusDays(7),
                "dir.housing");
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(id, deputy);
        delegations.end(delegation, "dir.housing");
        workflow.signOff(id, "dir.housing");

        // Nobody but a strategic director opens the list; nobody but this one is offered the action.
        for (String who : List.of("dir.housing", "data.housing", "perf", "ceo")) {
            signIn(who);
            open("countersign");
            assertThat(_get(NotAllowedView.class).getElement().getTextRecursively()).as(who)
                    .contains("You may not open this page");
            open(ReturnView.path(id));
            assertThat(_find(Button.class, s -> s.withText(COUNTERSIGN))).as(who).isEmpty();
        }
        signIn("sd.children");
        open("countersign");
        assertThat(rows()).as("another directorate's list").noneMatch(r -> r.id() == id);
        open(ReturnView.path(id));
        assertThat(_find(Button.class, s -> s.withText(COUNTERSIGN))).isEmpty();
        signIn(deputy);
        open(ReturnView.path(id));
        assertThat(_get(CountersignPanel.class).getElement().getTextRecursively())
                .contains("nobody countersigns their own work");
        assertThat(_find(Button.class, s -> s.withText(COUNTERSIGN))).isEmpty();
        open("countersign");
        assertThat(cell(id).getElement().getTextRecursively()).contains("nobody countersigns their own work");

        // The directorate's strategic director, from the inbox to the list: a comment too long is refused.
        signIn("sd.economy");
        open("inbox");
        assertThat(_get(Anchor.class,
                s -> s.withText("Your directorate's signed-off returns, to countersign")).getHref())
                .isEqualTo("countersign");
        open("countersign");
        assertThat(cell(id)).as(cell(id).getElement().getTextRecursively()).isInstanceOf(Button.class);
        _click((Button) cell(id));
        Dialog dialog = _get(Dialog.class);
        TextArea comment = _get(dialog, TextArea.class, s -> s.withLabel("Comment (optional)"));
        _setValue(comment, "x".repeat(2001));
        _click(_get(dialog, Button.class, s -> s.withText("Countersign")));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).contains("at most 2000 characters");
        assertThat(countersigning.forReturn(id)).isEmpty();
        _setValue(comment, "Checked with the head of housing");
        _click(_get(dialog, Button.class, s -> s.withText("Countersign")));
        assertThat(countersigning.standing(id)).isPresent();
        String line = "Countersigned by Graham Sutcliffe on " + UkDates.DAY.format(LocalDate.now(LondonTime.ZONE));
        assertThat(cell(id).getElement().getTextRecursively()).contains(line);

        for (String reader : List.of("sd.economy", "dir.housing", "data.housing", "perf", "ceo")) {
            signIn(reader);
            open(ReturnView.path(id));
            assertThat(_get(ReturnHeader.class).getElement().getTextRecursively()).as(reader)
                    .contains(line + ": Checked with the head of housing");
        }
        signIn("perf");
        open(QualityCheckView.path(id));
        assertThat(_get(ReturnHeader.class).getElement().getTextRecursively()).contains(line);
    }

    @Test
    void aSecondTabCountersigningAfterTheFirstIsToldSoAndAnEarlierVersionsCountersignatureIsShownAsSuch()
            throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2713);
        long id = scenario.housing.id();
        scenario.completeAndSignOff();

        signIn("sd.economy");
        open(ReturnView.path(id));
        _click(_get(Button.class, s -> s.withText(COUNTERSIGN)));
        countersigning.countersign(id, "sd.economy", "From the other tab");
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, s -> s.withText("Countersign")));
        assertThat(_get(dialog, Paragraph.class,
                s -> s.withClasses("countersign-refused")).getText())
                .contains("Not countersigned", "already countersigned");
        assertThat(countersigning.forReturn(id)).hasSize(1);

        workflow.sendBackByPerformanceTeam(id, "perf", "HF-1 needs a source");
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        open(ReturnView.path(id));
        assertThat(_get(ReturnHeader.class).getElement().getTextRecursively()).contains("for an earlier version");
        assertThat(_find(Button.class, s -> s.withText(COUNTERSIGN))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<ServiceReturn> rows() {
        // An empty list hides the grid.
        return _find(Grid.class, s -> s.withClasses("countersign-grid")).stream()
                .flatMap(grid -> ((Grid<ServiceReturn>) grid).getGenericDataView().getItems()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Component cell(long returnId) {
        Grid<ServiceReturn> grid = _get(Grid.class, s -> s.withClasses("countersign-grid"));
        List<ServiceReturn> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == returnId) {
                return GridKt._getCellComponent(grid, i, "countersignature");
            }
        }
        throw new AssertionError("Return " + returnId + " is not in the list");
    }
}
