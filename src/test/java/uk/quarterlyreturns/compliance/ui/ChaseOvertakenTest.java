package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A chase by hand asks the service for its return: one that came in while the chase dialog was open (or the
 * compliance page in another tab was stale) is not chased, and the chaser is told why.
 */
class ChaseOvertakenTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ComplianceService compliance;
    @Autowired
    Chasing chasing;
    @Autowired
    PeopleService people;

    @Test
    void aReturnSubmittedWhileTheChaseDialogWasOpenIsNotChased() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2900);
        signIn("perf");
        open("compliance");
        choose(scenario.cycle);
        _click((Button) GridKt._getCellComponent(_get(ComplianceGrid.class), 0, "chase"));
        ChaseDialog dialog = _get(ChaseDialog.class);

        submit(scenario);
        _click(_get(dialog, Button.class, s -> s.withText("Send chase")));

        // nothing went: the dialog stays open, saying why
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains(
                "Nothing was sent.\nHousing's return is submitted now, so it was not chased");
        assertThat(compliance.forCycle(scenario.cycle.id()).returns().get(0).remindersSent()).isZero();
    }

    @Test
    void aChaseByHandOfAReturnAlreadyInIsRefusedAndRecordsNothing() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2901);
        submit(scenario);

        assertThatThrownBy(() -> chasing.chaseByHand(scenario.housing.id(), people.find("perf").orElseThrow(),
                "Please send it")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Housing's return is submitted now, so it was not chased");
        assertThat(chasing.remindersSent(scenario.housing.id())).isZero();
    }

    private void submit(ReturnScenario scenario) {
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        context.getBean(ReturnWorkflow.class).submit(scenario.housing.id(), "data.housing");
    }

    @SuppressWarnings("unchecked")
    private static void choose(Cycle cycle) {
        Select<Cycle> select = _get(Select.class, s -> s.withLabel("Cycle"));
        _setValue(select, select.getListDataView().getItems().filter(c -> c.id() == cycle.id()).findFirst()
                .orElseThrow());
    }
}
