package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.HeldCycle;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A step on the report taken in one tab, then again from another left open: the second is told in plain words
 * that it was done a moment ago (while the revised report is compiled, or the approved one published).
 */
class RevisedReportSentFromAnotherTabTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void theSecondTabIsToldTheRevisedReportWasSentAMomentAgo() throws Exception {
        long cycleId = returnedAndOpenedByTheTeam(2770);
        Button sendOnTheOldPage = _get(Button.class, s -> s.withText("Send the revised report for approval"));

        // The compilation is held where it stores the revised report, so the cycle still reads "returned" meanwhile.
        try (Connection holder = hold("select id from report_version where cycle_id = ? for update", cycleId)) {
            approval.resubmit(cycleId, "perf"); // another tab

            _click(sendOnTheOldPage);

            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(NotificationsKt.getNotifications()).singleElement()
                    .satisfies(n -> assertThat(n.getElement().getProperty("text", ""))
                            .contains("Not done: The revised report was sent for approval a moment ago, perhaps"
                                    + " in another tab: open the page again to see where it stands")
                            .doesNotContain("reviseReport"));
            assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.RETURNED);
            holder.rollback();
        }
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
    }

    /**
     * A page left open at the first return, while a colleague sent the revised report and the chief executive returned
     * it again: sending from it would send the report back without anyone having read the latest comments.
     */
    @Test
    void aPageOpenedBeforeTheReportWasReturnedAgainDoesNotSendItBack() throws Exception {
        long cycleId = returnedAndOpenedByTheTeam(3014);
        Button sendOnTheOldPage = _get(Button.class, s -> s.withText("Send the revised report for approval"));

        approval.resubmit(cycleId, "perfmgr"); // a colleague, in another tab
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        Await.until("the revised report awaiting a decision", ReturnScenario.WAIT,
                () -> approval.decisionStep(cycleId).isPresent());
        approval.returnWithComments(cycleId, "ceo", "The temporary accommodation figure is still wrong");

        _click(sendOnTheOldPage);

        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text", ""))
                        .contains("Not done: The chief executive returned the report again since this page was"
                                + " opened"));
        assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.RETURNED);
    }

    /**
     * The same, with the chief executive's return still committing as the old page sends: the page's check must wait
     * for it, or the report goes back with the latest comments unread.
     */
    @Test
    void aPageSendingAsTheReportIsReturnedAgainDoesNotSendItBack() throws Exception {
        long cycleId = returnedAndOpenedByTheTeam(3762);
        Button sendOnTheOldPage = _get(Button.class, s -> s.withText("Send the revised report for approval"));
        approval.resubmit(cycleId, "perfmgr");
        Await.until("the revised report awaiting a decision", ReturnScenario.WAIT,
                () -> approval.decisionStep(cycleId).isPresent());

        HeldCycle decision = new HeldCycle(transactions, cycles, cycleId, () -> approval.returnWithComments(cycleId,
                "ceo", "The temporary accommodation figure is still wrong"));
        CompletableFuture<Void> returning = CompletableFuture.runAsync(() -> {
            HeldCycle.waitersAtLeast(jdbc, 1); // the old page's send, waiting behind the decision
            decision.release();
        });
        _click(sendOnTheOldPage);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        returning.get(2, TimeUnit.MINUTES);
        decision.committed();

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text", ""))
                        .contains("Not done: The chief executive returned the report again since this page was"
                                + " opened"));
        assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.RETURNED);
        assertThat(approval.decisionStep(cycleId)).as("nothing sent for a decision").isEmpty();
    }

    @Test
    void theSecondTabIsToldTheReportWasApprovedAMomentAgo() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2771);
        long cycleId = scenario.cycle.id();
        scenario.completeAndAccept();
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);

        signIn("ceo");
        open("reports/" + cycleId + "/approval");
        Button approveOnTheOldPage = _get(Button.class, s -> s.withText("Approve report"));

        // Publication is held where it marks the cycle published, so the cycle still awaits approval meanwhile.
        try (Connection holder = hold("select id from cycle where id = ? for update", cycleId)) {
            approval.approve(cycleId, "ceo"); // another tab

            _click(approveOnTheOldPage);
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(NotificationsKt.getNotifications()).singleElement()
                    .satisfies(n -> assertThat(n.getElement().getProperty("text", ""))
                            .contains("Not done: The report was approved a moment ago, perhaps in another tab: open"
                                    + " the page again to see where it stands")
                            .doesNotContain("approveReport"));
            holder.rollback();
        }
        awaitStatus(cycleId, CycleStatus.PUBLISHED);
    }

    /** A cycle whose report the chief executive returned, its approval page open for the performance team. */
    private long returnedAndOpenedByTheTeam(int startYear) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, startYear);
        long cycleId = scenario.cycle.id();
        scenario.completeAndAccept();
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        approval.returnWithComments(cycleId, "ceo", "Say more about housing repairs");
        signIn("perf");
        open("reports/" + cycleId + "/approval");
        return cycleId;
    }

    /** Holds the rows the query locks in a transaction of its own, until rolled back. */
    private Connection hold(String lockingQuery, long cycleId) throws Exception {
        Connection holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (PreparedStatement hold = holder.prepareStatement(lockingQuery)) {
            hold.setLong(1, cycleId);
            hold.executeQuery().close();
        }
        return holder;
    }

    private void awaitStatus(long cycleId, CycleStatus status) {
        Await.until("the cycle " + status.label().toLowerCase(), ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == status);
    }
}
