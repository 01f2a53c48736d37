package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.html.Paragraph;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.cycle.ReportStepsHeld;
import uk.quarterlyreturns.cycle.ReportStepsHeld.Kind;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.PeopleInRoles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The report's own steps claimed, released and taken over are kept with the report's history and shown on its approval
 * page, as a return's are in its trail: who held the approval or the revision, and when. A step completed without a
 * claim is no claim. Year 4102-03.
 */
class ReportStepsHeldTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired ReportStepsHeld stepsHeld;
    @Autowired TaskClaims claims;
    @Autowired UserAdministration admin;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;

    @Test
    void claimsReleasesAndTakeOversOfTheReportsStepsAreRecordedAndShown() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4102);
        long cycleId = scenario.cycle.id();
        try {
            scenario.completeAndAccept();
            Await.until("the report awaiting a decision", ReturnScenario.WAIT, () -> cycles.find(cycleId)
                    .orElseThrow().status() == CycleStatus.AWAITING_APPROVAL && approval.decisionStep(cycleId)
                    .isPresent());
            String approve = approval.decisionStep(cycleId).orElseThrow();
            PeopleInRoles people = new PeopleInRoles(admin, jdbc);
            people.give("ceo.4102", "Cleo Leaving", Role.CHIEF_EXECUTIVE);

            claims.claim(approve, "ceo");
            pause();
            claims.release(approve, "ceo");
            pause();
            claims.claim(approve, "ceo.4102");
            admin.setEnabled("ceo.4102", false, "admin");
            pause();
            claims.claim(approve, "ceo"); // taken over: Cleo may no longer take it
            approval.returnWithComments(cycleId, "ceo", "Say more about housing repairs");
            Await.until("the revision open", ReturnScenario.WAIT, () -> approval.revisionStep(cycleId).isPresent());
            String revise = approval.revisionStep(cycleId).orElseThrow();
            claims.claim(revise, "perf");
            pause();
            claims.release(revise, "perf");
            approval.resubmit(cycleId, "perfmgr"); // sent unclaimed: no claim

            assertThat(stepsHeld.of(cycleId)).extracting(ReportStepsHeld.Held::step, ReportStepsHeld.Held::kind,
                    ReportStepsHeld.Held::by, ReportStepsHeld.Held::from).containsExactly(
                            tuple("Approve report", Kind.CLAIMED, "ceo", null),
                            tuple("Approve report", Kind.RELEASED, "ceo", null),
                            tuple("Approve report", Kind.CLAIMED, "ceo.4102", null),
                            tuple("Approve report", Kind.TAKEN_OVER, "ceo", "ceo.4102"),
                            tuple("Revise report", Kind.CLAIMED, "perf", null),
                            tuple("Revise report", Kind.RELEASED, "perf", null));

            signIn("perf");
            open("reports/" + cycleId + "/approval");
            assertThat(_find(Paragraph.class, s -> s.withClasses("step-held"))).extracting(Paragraph::getText)
                    .satisfiesExactly(
                            t -> assertThat(t).startsWith("Approve report claimed by Helen Ashworth on "),
                            t -> assertThat(t).startsWith("Approve report released by Helen Ashworth on "),
                            t -> assertThat(t).startsWith("Approve report claimed by Cleo Leaving on "),
                            t -> assertThat(t).startsWith("Approve report taken over by Helen Ashworth from Cleo"
                                    + " Leaving on "),
                            t -> assertThat(t).startsWith("Revise report claimed by Performance Officer on "),
                            t -> assertThat(t).startsWith("Revise report released by Performance Officer on "));
        } finally {
            new PeopleInRoles(admin, jdbc).disable("ceo.4102");
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    /** The engine keeps each change to the millisecond: two a person makes are never in the same one. */
    private static void pause() throws InterruptedException {
        Thread.sleep(5);
    }
}
