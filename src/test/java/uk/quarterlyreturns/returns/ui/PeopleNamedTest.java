package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.ui.PersonName;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.TrailTable;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The return's pages name people as they are known ("Lucy Wade"), with the username as the tooltip; a username
 * with no person behind it reads as itself; the history's exports keep the usernames.
 */
class PeopleNamedTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnTrail trail;
    @Autowired Chasing chasing;
    @Autowired PeopleService people;

    @Test
    void theHeaderAndTheHistoryNameWhoSubmittedSignedOffAndAcceptedTheReturn() throws Exception {
        long id = signedOff(2880);
        signIn("perf");
        open(QualityCheckView.path(id));
        assertThat(header()).contains("Submitted by Lucy Wade on", "Signed off by Imran Hussain on");
        workflow.accept(id, "perf");

        signIn("sd.economy");
        open(ReturnView.path(id));
        assertThat(header()).contains("Submitted by Lucy Wade on", "Signed off by Imran Hussain on",
                "Accepted by Performance Officer on").doesNotContain("data.housing", "dir.housing", "by perf ");
        assertThat(_find(_get(ReturnHeader.class), PersonName.class)).extracting(PersonName::getTitle)
                .containsExactly(Optional.of("data.housing"), Optional.of("dir.housing"),
                        Optional.of("perf"));
        assertThat(who()).contains("Lucy Wade", "Imran Hussain", "Performance Officer")
                .doesNotContain("data.housing", "dir.housing", "perf");
        assertThat(TrailTable.rows(trail.history(id))).extracting(row -> row.get(1))
                .as("the export keeps the usernames").contains("data.housing", "dir.housing", "perf")
                .doesNotContain("Lucy Wade");
    }

    @Test
    void aUsernameWithNoPersonBehindItReadsAsItselfWithNoTooltip() throws Exception {
        long id = signedOff(2881);
        trail.record(id, "retired.officer", "NOTE", "HF-1", null, "Checked against the housing register", null);

        signIn("perf");
        open(ReturnView.path(id));
        assertThat(who()).contains("retired.officer", "Lucy Wade");
        PersonName retired = _get(_get(ReturnHistory.class), PersonName.class, s -> s.withText("retired.officer"));
        assertThat(retired.getTitle()).isEmpty();
    }

    @Test
    void theHistoryNamesWhomEachMailWentToAndItsExportKeepsTheUsername() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4040);
        long id = scenario.housing.id();
        chasing.chaseByHand(id, people.find("perf").orElseThrow(), "Your Q2 figures, please");

        signIn("perf");
        open(ReturnView.path(id));
        List<String> chasedTo = mailedTo();
        assertThat(chasedTo).contains("Lucy Wade", "Imran Hussain").doesNotContain("data.housing", "dir.housing");
        assertThat(_find(_get(ReturnHistory.class), PersonName.class, s -> s.withText("Imran Hussain")))
                .extracting(PersonName::getTitle).contains(Optional.of("dir.housing"));
        assertThat(TrailTable.rows(trail.history(id))).filteredOn(row -> "Mail".equals(row.get(2)))
                .extracting(row -> row.get(5)).as("the export keeps the usernames")
                .contains("data.housing", "dir.housing");
    }

    @Test
    void theCountersignListAndDialogNameTheDirectorWhoSignedOff() throws Exception {
        long id = signedOff(2882);
        signIn("sd.economy");
        open("countersign");
        @SuppressWarnings("unchecked")
        Grid<ServiceReturn> grid = _get(Grid.class, s -> s.withClasses("countersign-grid"));
        int row = grid.getGenericDataView().getItems().map(ServiceReturn::id).toList().indexOf(id);
        assertThat(GridKt._getFormatted(grid, row, "signed-off")).startsWith("Imran Hussain on ");
        _click((Button) GridKt._getCellComponent(grid, row, "countersignature"));
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("You countersign the return as signed off by Imran Hussain.");
    }

    private long signedOff(int year) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        scenario.completeAndSignOff();
        return scenario.housing.id();
    }

    private static String header() {
        return _get(ReturnHeader.class).getElement().getTextRecursively();
    }

    /** The history table's "To" cells of its mails, as shown. */
    private static List<String> mailedTo() {
        return _find(_get(ReturnHistory.class), NativeTableRow.class).stream().skip(1)
                .map(row -> row.getChildren().map(c -> c.getElement().getTextRecursively()).toList())
                .filter(cells -> cells.get(2).equals("Mail")).map(cells -> cells.get(5)).toList();
    }

    /** The history table's "Who" cells, as shown. */
    private static List<String> who() {
        return _find(_get(ReturnHistory.class), NativeTableRow.class).stream().skip(1)
                .map(row -> row.getChildren().skip(1).findFirst().map(Component::getElement).orElseThrow()
                        .getTextRecursively()).toList();
    }
}
