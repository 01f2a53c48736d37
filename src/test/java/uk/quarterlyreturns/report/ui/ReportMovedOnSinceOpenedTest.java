package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A step on the report taken from a page left open while the report moved on (returned, its revision sent, approved
 * and published): the refusal says in one plain sentence what happened since the page was opened, and what to do.
 */
class ReportMovedOnSinceOpenedTest extends ViewTest {

    private static final String OPEN_AGAIN = " since this page was opened, perhaps in another tab: open the page"
            + " again to see where it stands";

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;

    @Test
    void approvingFromAPageOpenedBeforeTheReportWasReturned() throws Exception {
        long cycleId = awaitingApproval(7591);
        signIn("ceo");
        open("reports/" + cycleId + "/approval");
        Button approveOnTheOldPage = _get(Button.class, s -> s.withText("Approve report"));

        approval.returnWithComments(cycleId, "ceo", "Say more about housing repairs"); // another tab

        _click(approveOnTheOldPage);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(lastSaid()).isEqualTo("Not done: The report was returned to the performance team with comments"
                + OPEN_AGAIN);
        assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.RETURNED);
    }

    @Test
    void sendingTheRevisionFromAPageOpenedBeforeAColleagueSentItAndItWasPublished() throws Exception {
        long cycleId = awaitingApproval(7592);
        approval.returnWithComments(cycleId, "ceo", "Say more about housing repairs");
        signIn("perf");
        open("reports/" + cycleId + "/approval");
        Button sendOnTheOldPage = _get(Button.class, s -> s.withText("Send the revised report for approval"));

        approval.resubmit(cycleId, "perfmgr"); // a colleague
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        _click(sendOnTheOldPage);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(lastSaid()).isEqualTo("Not done: The revised report was sent for approval" + OPEN_AGAIN);

        Await.until("the revised report awaiting a decision", ReturnScenario.WAIT,
                () -> approval.decisionStep(cycleId).isPresent());
        approval.approve(cycleId, "ceo");
        awaitStatus(cycleId, CycleStatus.PUBLISHED);
        _click(sendOnTheOldPage);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(lastSaid()).isEqualTo("Not done: The report was approved and published" + OPEN_AGAIN);
    }

    private long awaitingApproval(int startYear) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, startYear);
        long cycleId = scenario.cycle.id();
        scenario.completeAndAccept();
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        return cycleId;
    }

    private static String lastSaid() {
        var said = NotificationsKt.getNotifications();
        return said.get(said.size() - 1).getElement().getProperty("text", "");
    }

    private void awaitStatus(long cycleId, CycleStatus status) {
        Await.until("the cycle " + status.label().toLowerCase(), ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == status);
    }
}
