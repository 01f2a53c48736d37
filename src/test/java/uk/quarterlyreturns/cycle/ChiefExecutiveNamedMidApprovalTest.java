package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A chief executive named while the report waits for approval (the first one, named by a people file after the
 * report was compiled, or a successor) is sent it as their predecessor was, once: it waited in an inbox nobody was
 * told to open. Year 4026-27 is this class's own.
 */
class ChiefExecutiveNamedMidApprovalTest extends ApplicationTest {

    private static final String EMAIL = "ceo.4026@council.test";

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired UserAdministration admin;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    @Test
    void aChiefExecutiveNamedWhileTheReportWaitsIsSentItOnce() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4026);
        long cycleId = scenario.cycle.id();
        try {
            scenario.completeAndAccept();
            Await.until("the report sent for approval", ReturnScenario.WAIT, () -> approval.decisionStep(cycleId)
                    .isPresent() && cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL);
            assertThat(sentFor(cycleId)).as("before they were named").doesNotContain(EMAIL);

            admin.create(new UserFields("ceo.4026", "Cora Newly", EMAIL, EnumSet.of(Role.READER), null, null),
                    "pear tree lane 4026", "admin");
            assertThat(sentFor(cycleId)).as("a reader").doesNotContain(EMAIL);
            admin.update(new UserFields("ceo.4026", "Cora Newly", EMAIL, EnumSet.of(Role.CHIEF_EXECUTIVE), null,
                    null), "admin");
            assertThat(sentFor(cycleId)).filteredOn(EMAIL::equals).hasSize(1);

            // Saved again as chief executive, or disabled and enabled again for the same decision: no second mail.
            admin.update(new UserFields("ceo.4026", "Cora Newly-Wed", EMAIL, EnumSet.of(Role.CHIEF_EXECUTIVE), null,
                    null), "admin");
            admin.setEnabled("ceo.4026", false, "admin");
            admin.setEnabled("ceo.4026", true, "admin");
            assertThat(sentFor(cycleId)).filteredOn(EMAIL::equals).hasSize(1);
        } finally {
            // other tests count who is sent reports for approval: a second chief executive stays out of theirs
            jdbc.sql("update app_user set enabled = false where username = 'ceo.4026'").update();
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    /**
     * A performance manager who wrote the cover report, made chief executive while the report waits: the approval is
     * refused them (nobody checks their own work), so they are not asked for it. They were mailed "for your approval".
     */
    @Test
    void aChiefExecutiveWhoHadAHandInTheReportIsNotAskedToApproveIt() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4029);
        long cycleId = scenario.cycle.id();
        String email = "writer.4029@council.test";
        try {
            admin.create(new UserFields("writer.4029", "Wren Writer", email, EnumSet.of(Role.PERFORMANCE_TEAM), null,
                    null), "pear tree lane 4029", "admin");
            context.getBean(uk.quarterlyreturns.report.CabinetCoverService.class).write(cycleId, "writer.4029",
                    new uk.quarterlyreturns.report.CabinetCover("Cabinet", null, null, "Quarter performance", null,
                            null, null, null, null, null), null);
            scenario.completeAndAccept();
            Await.until("the report sent for approval", ReturnScenario.WAIT, () -> approval.decisionStep(cycleId)
                    .isPresent() && cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL);
            admin.update(new UserFields("writer.4029", "Wren Writer", email, EnumSet.of(Role.CHIEF_EXECUTIVE), null,
                    null), "admin");

            assertThat(approval.whyNotApprove(cycleId, "writer.4029")).isPresent();
            assertThat(sentFor(cycleId)).as("the chief executive who may approve it is asked")
                    .contains("ceo@demo.council.test").doesNotContain(email);
        } finally {
            jdbc.sql("update app_user set enabled = false where username = 'writer.4029'").update();
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    private List<String> sentFor(long cycleId) {
        return jdbc.sql("select recipient from outbox_message where kind = 'REPORT_FOR_APPROVAL' and cycle_id = :c")
                .param("c", cycleId).query(String.class).list();
    }
}
