package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.PeopleInRoles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The chief executive's comments typed on the approval page and not yet sent are kept in their own session: through
 * the PDF or another page and back, and in another page of the same session; gone once they decide; never shown to
 * anyone else, nor in a session of their own started afresh. Years 5920-5922.
 */
class ApprovalCommentsKeptTest extends ViewTest {

    private static final String WORDS = "Say more about housing repairs and the agency cover";

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired UserAdministration admin;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    @Test
    void typedCommentsOutliveLeavingThePageAndGoOnceTheReportIsReturnedOrApproved() throws Exception {
        long cycleId = awaitingApproval(5920);
        try {
            typedByTheChiefExecutive(cycleId);

            open("inbox");
            open(approvalPage(cycleId));
            assertThat(comments().getValue()).as("back from another page").isEqualTo(WORDS);
            assertThat(_find(Paragraph.class, s -> s.withClasses("comments-kept"))).isEmpty();

            UI first = UI.getCurrent();
            first.getPage().reload(); // a new page of the same session, as a second tab is
            assertThat(UI.getCurrent()).isNotSameAs(first);
            assertThat(comments().getValue()).as("another page of the session").isEqualTo(WORDS);

            _click(_get(Button.class, s -> s.withText("Return with comments")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.RETURNED);
            sendRevisedReport(cycleId);
            open(approvalPage(cycleId));
            assertThat(comments().getValue()).as("returned: sent, so not kept").isEmpty();

            _setValue(comments(), "Typed, then approved all the same");
            _click(_get(Button.class, s -> s.withText("Approve report")));
            assertThat(_get(ConfirmDialog.class).getElement().getProperty("message")).as("told they go to nobody")
                    .endsWith(" a correction is published as a later version. " + ApprovalDecision.COMMENTS_NOT_SENT);
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(UnsentComments.of("ceo", cycleId)).as("approved: nothing left to send").isEmpty();
        } finally {
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    @Test
    void anotherPersonOnTheSameReportSeesAnEmptyBoxAndSoDoesAFreshSession() throws Exception {
        long cycleId = awaitingApproval(5921);
        PeopleInRoles people = new PeopleInRoles(admin, jdbc);
        people.give("ceo.5921", "Carla Standing-In", Role.CHIEF_EXECUTIVE);
        try {
            typedByTheChiefExecutive(cycleId);

            // Someone else signing in on the same browser, before the session ends.
            signIn("ceo.5921");
            open(approvalPage(cycleId));
            assertThat(comments().getValue()).as("another chief executive").isEmpty();
            signIn("ceo");
            open(approvalPage(cycleId));
            assertThat(comments().getValue()).isEqualTo(WORDS);

            // Kept in the session only, not stored: signed in afresh, the box is empty.
            MockVaadin.tearDown();
            MockVaadin.setup(UI::new, new MockSpringServlet(ViewTest.routes(), context, UI::new));
            signIn("ceo");
            open(approvalPage(cycleId));
            assertThat(comments().getValue()).as("a new session").isEmpty();
        } finally {
            people.disable("ceo.5921");
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    @Test
    void wordsTypedOnAnEarlierCompilationAreKeptWithANoteThatTheReportChanged() throws Exception {
        long cycleId = awaitingApproval(5922);
        try {
            typedByTheChiefExecutive(cycleId);
            // Decided from another browser meanwhile, then revised and sent again.
            approval.returnWithComments(cycleId, "ceo", "Returned from the office", null);
            sendRevisedReport(cycleId);

            open(approvalPage(cycleId));
            assertThat(comments().getValue()).isEqualTo(WORDS);
            assertThat(_get(Paragraph.class, s -> s.withClasses("comments-kept")).getText())
                    .startsWith("You typed these comments on an earlier compilation of the report; it was compiled"
                            + " again on ")
                    .endsWith(". Read them against the report shown here before you return it.");

            // Once read again and changed, they are this compilation's: no note.
            _setValue(comments(), WORDS + ", as before");
            open(approvalPage(cycleId));
            assertThat(comments().getValue()).isEqualTo(WORDS + ", as before");
            assertThat(_find(Paragraph.class, s -> s.withClasses("comments-kept"))).isEmpty();
        } finally {
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    /** The chief executive opens the approval page, finds the box empty, and types their comments. */
    private void typedByTheChiefExecutive(long cycleId) {
        signIn("ceo");
        open(approvalPage(cycleId));
        assertThat(comments().getValue()).isEmpty();
        _setValue(comments(), WORDS);
    }

    /** A Housing cycle of this year whose report awaits the chief executive's decision. */
    private long awaitingApproval(int year) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        long cycleId = scenario.cycle.id();
        scenario.completeAndAccept();
        awaitDecision(cycleId);
        return cycleId;
    }

    private void sendRevisedReport(long cycleId) {
        Await.until("the revision open", ReturnScenario.WAIT, () -> approval.revisionStep(cycleId).isPresent());
        approval.resubmit(cycleId, "perf");
        awaitDecision(cycleId);
    }

    private void awaitDecision(long cycleId) {
        Await.until("the report awaiting a decision", ReturnScenario.WAIT, () -> cycles.find(cycleId).orElseThrow()
                .status() == CycleStatus.AWAITING_APPROVAL && approval.decisionStep(cycleId).isPresent());
    }

    private static String approvalPage(long cycleId) {
        return "reports/" + cycleId + "/approval";
    }

    private static TextArea comments() {
        return _get(TextArea.class, s -> s.withLabel("Comments for the performance team"));
    }
}
