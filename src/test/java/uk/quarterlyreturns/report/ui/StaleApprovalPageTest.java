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
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The chief executive decides on the report the page showed: a page opened before the report was returned and
 * revised cannot approve (or return) the revised report, which its reader has not seen.
 */
class StaleApprovalPageTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired ReportVersions versions;

    @Test
    void aPageOpenedBeforeTheRevisionCannotApproveTheRevisedReport() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2725);
        long cycleId = scenario.cycle.id();
        scenario.completeAndAccept();
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);

        signIn("ceo");
        open("reports/" + cycleId + "/approval");
        Button approveOnTheOldPage = _get(Button.class, s -> s.withText("Approve report"));

        // Elsewhere (another tab), the report is returned, revised and compiled again.
        approval.returnWithComments(cycleId, "ceo", "Say more about housing repairs");
        approval.resubmit(cycleId, "perf");
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);

        _click(approveOnTheOldPage);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .contains("compiled again since this page was opened"));
        assertThat(versions.latest(cycleId).orElseThrow().decidedBy()).as("the revised report is not decided")
                .isNull();
        assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.AWAITING_APPROVAL);

        // Read afresh, it can be approved.
        open("reports/" + cycleId + "/approval");
        _click(_get(Button.class, s -> s.withText("Approve report")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        awaitStatus(cycleId, CycleStatus.PUBLISHED);
    }

    private void awaitStatus(long cycleId, CycleStatus status) {
        Await.until("the cycle " + status.label().toLowerCase(), ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == status);
    }
}
