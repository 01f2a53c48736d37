package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;
import static uk.quarterlyreturns.cycle.CycleScenario.awaitMail;
import static uk.quarterlyreturns.cycle.CycleScenario.mailTo;

import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.chasing.DailyDigest;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
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
    private static final String LEAVER = "report.leaver.7417";
    private static final String REVISER = "report.reviser.7653";

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
        jdbc.sql("delete from user_role where username in (:u)").param("u", java.util.List.of(LEAVER, REVISER))
                .update();
        CycleScenario.end(scenario);
    }

    @Test
    void reportMailsWaitForTheDigestButTheRequestForApprovalGoesAtOnce() throws Exception {
        TestMailServer.purge();
        people.setDailyDigest("perfmgr", true);
        people.setDailyDigest("reader", true);
        people.setDailyDigest("ceo", true);
        long cycleId = awaitingApproval(YEAR);

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

    /**
     * "Returned with comments" held for a member of the performance team who leaves it before the digest goes would
     * link them to an approval page they can no longer open: the digest leaves it out, and the outbox says why.
     */
    @Test
    void theReportReturnedIsLeftOutOfTheDigestOfSomeoneWhoHasLeftTheTeam() throws Exception {
        String leaver = LEAVER + "@demo.council.test";
        people.create(new Person(LEAVER, "Lena Left", leaver, EnumSet.of(Role.PERFORMANCE_TEAM), null, null, true,
                false, true), "a-long-password");
        long cycleId = awaitingApproval(7417);
        approval.returnWithComments(cycleId, "ceo", "Say more about housing repairs");
        assertThat(heldFor(leaver, cycleId)).extracting(OutboxEntry::subject)
                .singleElement().asString().contains("returned with comments");

        jdbc.sql("update user_role set role = 'READER' where username = :u").param("u", LEAVER).update();
        digest.sendDigests();

        assertThat(heldFor(leaver, cycleId)).isEmpty();
        assertThat(jdbc.sql("select last_error from outbox_message where recipient = :to and kind = 'REPORT_RETURNED'"
                + " and cycle_id = :cycle").param("to", leaver).param("cycle", cycleId).query(String.class).list())
                .containsExactly("Left out of the daily digest: its recipient may no longer act on the report");
        assertThat(jdbc.sql("select count(*) from outbox_message where recipient = :to and kind = 'DAILY_DIGEST'")
                .param("to", leaver).query(Integer.class).single()).as("no digest went to them").isZero();
    }

    /**
     * "Returned with comments" held for the digest of a member of the performance team would ask for a revision that
     * went before the digest did: the digest leaves it out, and the outbox says why.
     */
    @Test
    void theReportReturnedIsLeftOutOfTheDigestOnceTheRevisionWasSent() throws Exception {
        String reviser = REVISER + "@demo.council.test";
        people.create(new Person(REVISER, "Rhys Revised", reviser, EnumSet.of(Role.PERFORMANCE_TEAM), null, null,
                true, false, true), "a-long-password");
        long cycleId = awaitingApproval(7653);
        approval.returnWithComments(cycleId, "ceo", "Say more about housing repairs");
        assertThat(heldFor(reviser, cycleId)).extracting(OutboxEntry::subject)
                .singleElement().asString().contains("returned with comments");

        scenario.awaitCycleTask(CycleProcess.TASK_REVISE_REPORT);
        approval.resubmit(cycleId, "perf");
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        digest.sendDigests();

        assertThat(heldFor(reviser, cycleId)).isEmpty();
        assertThat(jdbc.sql("select last_error from outbox_message where recipient = :to and kind = 'REPORT_RETURNED'"
                + " and cycle_id = :cycle").param("to", reviser).param("cycle", cycleId).query(String.class).list())
                .containsExactly("Left out of the daily digest: " + ReportMailsOvertaken.REVISED);
        assertThat(jdbc.sql("select count(*) from outbox_message where recipient = :to and kind = 'DAILY_DIGEST'")
                .param("to", reviser).query(Integer.class).single()).as("no digest went to them").isZero();
    }

    /** The year's Q1 cycle opened, Housing's return accepted, and the report compiled for approval: the cycle's id. */
    private long awaitingApproval(int year) throws Exception {
        scenario = CycleScenario.of(context, year).open(ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(housing.id(), "data.housing");
        workflow.signOff(housing.id(), "dir.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(housing.id(), "perf");
        at(year, 8, 1, 9, 5);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        return scenario.cycle.id();
    }

    /** The report's mails held for the recipient (the team's "ready for your check" of Housing's return waits too). */
    private java.util.List<OutboxEntry> heldFor(String recipient, long cycleId) {
        return outbox.held(recipient).stream().filter(m -> Long.valueOf(cycleId).equals(m.cycleId())
                && m.returnId() == null).toList();
    }
}
