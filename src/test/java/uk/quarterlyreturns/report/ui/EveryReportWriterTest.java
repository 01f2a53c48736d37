package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.cycle.ReportCommentary;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.report.CabinetCover;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.PeopleInRoles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Every version of the report's cover report for Cabinet and of its commentary is kept with who wrote it and when,
 * shown on the approval page; nobody who wrote any version, not only the last, may approve the report once chief
 * executive. A save that changes nothing writes no version. Year 4343-44.
 */
class EveryReportWriterTest extends ViewTest {

    private static final Map<String, String> WRITERS = Map.of("perf.4343.ann", "Ann Writer", "perf.4343.bea",
            "Bea Writer", "perf.4343.cy", "Cy Writer", "perf.4343.dee", "Dee Saver");

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired CabinetCoverService covers;
    @Autowired ReportCommentary commentary;
    @Autowired UserAdministration admin;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;

    @Test
    void whoeverWroteAnyVersionOfTheCoverOrCommentaryMayNotApproveIt() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4343);
        long cycleId = scenario.cycle.id();
        PeopleInRoles people = new PeopleInRoles(admin, jdbc);
        try {
            WRITERS.forEach((writer, name) -> people.give(writer, name, Role.PERFORMANCE_TEAM));
            CabinetCover first = cover("Quarter 2 performance");
            covers.write(cycleId, "perf.4343.ann", first, CabinetCover.EMPTY);
            CabinetCover second = cover("Quarter 2 performance report");
            covers.write(cycleId, "perf.4343.bea", second, first); // the last writer of the cover
            covers.write(cycleId, "perf.4343.dee", second, second); // saved unchanged: no version of theirs
            commentary.write(cycleId, "perf.4343.cy", "Housing repairs are back on target.", "");
            commentary.write(cycleId, "perf.4343.dee", "Housing repairs are back on target.",
                    "Housing repairs are back on target.");
            scenario.completeAndAccept();
            Await.until("the report awaiting a decision", ReturnScenario.WAIT,
                    () -> cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL
                            && approval.decisionStep(cycleId).isPresent());

            // out of the performance team (the roles are exclusive), beside the chief executive there is
            WRITERS.forEach((writer, name) -> people.give(writer, name, Role.CHIEF_EXECUTIVE));
            String own = ", so you may not approve it: nobody checks their own work. It waits for a chief executive"
                    + " who had no hand in it.";
            assertThatThrownBy(() -> approval.approve(cycleId, "perf.4343.ann"))
                    .as("the first writer of the cover, not the last").isInstanceOf(NotAllowedException.class)
                    .hasMessage("You wrote its cover report for Cabinet" + own);
            assertThatThrownBy(() -> approval.approve(cycleId, "perf.4343.cy")).isInstanceOf(NotAllowedException.class)
                    .hasMessage("You wrote its commentary for the executive summary" + own);
            assertThat(approval.whyNotApprove(cycleId, "perf.4343.bea")).isPresent();
            assertThat(approval.whyNotApprove(cycleId, "perf.4343.dee")).as("saved, but wrote nothing").isEmpty();
            assertThat(approval.whyNotApprove(cycleId, "ceo")).isEmpty();
            assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.AWAITING_APPROVAL);
            assertThatThrownBy(() -> jdbc.sql("update report_writing set written_by = 'someone else' where cycle_id = :c")
                    .param("c", cycleId).update()).as("kept as written").hasMessageContaining("cannot be changed");

            signIn("ceo");
            open("reports/" + cycleId + "/approval");
            assertThat(_find(Paragraph.class, s -> s.withClasses("report-written")).stream().map(Paragraph::getText))
                    .satisfiesExactly(
                            p -> assertThat(p).startsWith("Cover report for Cabinet written by Ann Writer on "),
                            p -> assertThat(p).startsWith("Cover report for Cabinet written by Bea Writer on "),
                            p -> assertThat(p).startsWith("Commentary for the executive summary written by Cy Writer"
                                    + " on ").matches(".* on \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d"));
        } finally {
            WRITERS.keySet().forEach(people::disable);
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    private static CabinetCover cover(String title) {
        return new CabinetCover("Cabinet", null, title, "To note the quarter's performance", null, null, null, null,
                null, "Ann Writer, Performance Officer");
    }
}
