package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;
import static uk.quarterlyreturns.cycle.CycleScenario.awaitMail;
import static uk.quarterlyreturns.cycle.CycleScenario.mailTo;

import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.chasing.DailyDigest;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * The report's mails follow a person's choice of a daily digest, as every event does; the chief executive's
 * request for approval goes at once all the same, as the report waits on nobody else.
 */
class ReportMailsDigestTest extends ApplicationTest {

    /** 21 July 2775 is a Monday, as CycleScenario's dates expect. */
    private static final int YEAR = 2775;
    private static final String TEAM = "perfmgr@demo.council.test";
    private static final String READER = "reader@demo.council.test";
    private static final String CHIEF = "ceo@demo.council.test";

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycleRows;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired PeopleService people;
    @Autowired MailOutbox outbox;
    @Autowired DailyDigest digest;
    @Autowired JdbcClient jdbc;

    private CycleScenario scenario;

    @AfterEach
    void backAsTheyWere() {
        people.setDailyDigest("perfmgr", false);
        people.setDailyDigest("reader", false);
        people.setDailyDigest("ceo", false);
        CycleScenario.end(scenario);
    }

    @Test
    void reportMailsWaitForTheDigestButTheRequestForApprovalGoesAtOnce() throws Exception {
        TestMailServer.purge();
        people.setDailyDigest("perfmgr", true);
        people.setDailyDigest("reader", true);
        people.setDailyDigest("ceo", true);
        scenario = CycleScenario.of(context, YEAR)
                .open(ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30));
        long cycleId = scenario.cycle.id();
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(housing.id(), "data.housing");
        workflow.signOff(housing.id(), "dir.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(housing.id(), "perf");
        at(YEAR, 8, 1, 9, 5);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);

        awaitMail(CHIEF, "for your approval", 1);
        assertThat(heldFor(CHIEF, cycleId)).isEmpty();

        approval.returnWithComments(cycleId, "ceo", "Say more about housing repairs");
        awaitMail("perf@demo.council.test", "returned with comments", 1);
        assertThat(heldFor(TEAM, cycleId)).extracting(OutboxEntry::subject)
                .singleElement().asString().contains("returned with comments");
        assertThat(mailTo(TEAM, "returned with comments")).isEmpty();

        scenario.awaitCycleTask(CycleProcess.TASK_REVISE_REPORT);
        approval.resubmit(cycleId, "perf");
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        approval.approve(cycleId, "ceo");
        scenario.await("the report published",
                () -> cycleRows.find(cycleId).orElseThrow().status() == CycleStatus.PUBLISHED);
        assertThat(heldFor(READER, cycleId)).extracting(OutboxEntry::subject)
                .singleElement().asString().contains("corporate report: published");
        assertThat(mailTo(READER, "published")).isEmpty();

        digest.sendDigests();
        scenario.await("the reader's digest", () -> mailTo(READER, "digest", null).size() == 1);
        assertThat(CycleScenario.body(mailTo(READER, "digest", null).get(0))).contains("corporate report: published")
                .contains("/reports/" + cycleId);
        assertThat(heldFor(READER, cycleId)).isEmpty();
    }

    /** The report's mails held for the recipient (the team's "ready for your check" of Housing's return waits too). */
    private java.util.List<OutboxEntry> heldFor(String recipient, long cycleId) {
        return outbox.held(recipient).stream().filter(m -> Long.valueOf(cycleId).equals(m.cycleId())
                && m.returnId() == null).toList();
    }
}
