package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.ChaseSchedule;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ChaseCounts;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * The deputy named for a director's leave hears what the director hears while their period lasts (reminders, the
 * overdue notice, a return sent back, a chase by hand), and nothing before it begins; whoever sends a return back is
 * not told they did. Each chase is recorded once
 * per person and counts once; a deputy's daily digest leaves out what they may no longer act on.
 */
class DeputyChaseMailTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired ReturnWorkflow workflow;
    @Autowired Chasing chasing;
    @Autowired ChaseArrivals arrivals;
    @Autowired ChaseSchedule schedule;
    @Autowired ChaseCounts counts;
    @Autowired JdbcClient jdbc;
    @Autowired MailOutbox outbox;
    @Autowired DailyDigest digest;
    @Autowired Clock clock;

    @Test
    void theReminderAndTheOverdueNoticeReachTheDeputyInTheirPeriodAndNotOneWhosePeriodIsToCome() throws Exception {
        withDeputies(2930, 20, (scenario, cover, later) -> {
            long id = scenario.housing.id();
            ChaseSchedule.Schedule plan = schedule.plan(scenario.cycle.submissionDeadline()
                    .atZone(LondonTime.ZONE), scenario.cycle.chasePolicy());
            chaseAt(id, plan.reminders().get(0).at());
            TestMailServer.awaitReceived(address(cover), "2930/31");
            assertThat(recipients(id, MailKind.REMINDER)).containsOnlyOnce(cover, "dir.housing").doesNotContain(later);

            chaseAt(id, plan.overdueAt());
            assertThat(recipients(id, MailKind.OVERDUE)).containsOnlyOnce(cover, "dir.housing").doesNotContain(later);
            assertThat(TestMailServer.receivedBy(address(later), "2930/31")).isEmpty();
            assertThat(counts.forReturn(id).reminders()).isEqualTo(1);
            assertThat(counts.forReturn(id).escalations()).isEqualTo(1);
        });
    }

    @Test
    void aReturnSentBackIsMailedToTheDeputyInTheirPeriodOnly() throws Exception {
        withDeputies(2931, 1, (scenario, cover, later) -> {
            scenario.completeAndSubmit();
            scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
            workflow.sendBackToService(scenario.housing.id(), "dir.housing", "HF-1 needs the contractor's figure");

            TestMailServer.awaitReceived(address(cover), "sent back");
            assertThat(recipients(scenario.housing.id(), MailKind.SENT_BACK)).containsOnlyOnce(cover, "data.housing")
                    .doesNotContain(later);
            assertThat(TestMailServer.receivedBy(address(later), "2931/32")).isEmpty();
        });
    }

    @Test
    void whoeverSendsTheReturnBackIsNotMailedThatTheyDid() throws Exception {
        withDeputies(2954, 1, (scenario, cover, later) -> {
            long id = scenario.housing.id();
            scenario.completeAndSubmit();
            scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
            workflow.sendBackToService(id, "dir.housing", "HF-1 needs the contractor's figure");
            TestMailServer.awaitReceived(address(cover), "sent back");
            // Housing may have other data officers, made by tests before this one: each is told too
            List<String> first = recipients(id, MailKind.SENT_BACK);
            assertThat(first).containsOnlyOnce(cover, "data.housing").doesNotContain("dir.housing");

            scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
            workflow.submit(id, "data.housing");
            scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
            workflow.sendBackToService(id, cover, "HF-2 is last quarter's count");
            List<String> second = new java.util.ArrayList<>(recipients(id, MailKind.SENT_BACK));
            first.forEach(second::remove);
            assertThat(second).as("the deputy who sent it back the second time is not told")
                    .containsOnlyOnce("data.housing", "dir.housing").doesNotContain(cover);
        });
    }

    @Test
    void aChaseByHandListsAndReachesTheDeputyInTheirPeriodOnce() throws Exception {
        withDeputies(2932, 1, (scenario, cover, later) -> {
            long id = scenario.housing.id();
            List<Person> listed = chasing.recipients(id);
            assertThat(listed).extracting(Person::username).containsOnlyOnce(cover).doesNotContain(later);
            assertThat(chasing.targets(List.of(id)).get(id).recipients()).as("read with others' at once, the same")
                    .isEqualTo(listed);
            assertThat(arrivals.perPerson(listed)).contains("Deputy " + cover + ": queued for delivery");

            Person perf = people.find("perf").orElseThrow();
            assertThat(chasing.chaseByHand(id, perf, "Please finish it this week")).isEqualTo(listed.size());
            TestMailServer.awaitReceived(address(cover), "2932/33");
            assertThat(recipients(id, MailKind.CHASE)).containsOnlyOnce(cover).doesNotContain(later);
            assertThat(counts.forReturn(id).reminders()).isEqualTo(1);
        });
    }

    @Test
    void aDeputyTakingADigestHasTheChaseHeldAndLeftOutOnceTheirPeriodIsWithdrawn() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2934);
        scenario.awaitIssueNotices(); // sent after the deputy is named, it would reach their digest too
        long id = scenario.housing.id();
        LocalDate today = LocalDate.now(clock);
        String onLeaveCover = deputy("digest.deputy2934");
        people.setDailyDigest(onLeaveCover, true);
        long covering = delegations.name(housing(), onLeaveCover, today, today.plusDays(7), "dir.housing");
        try {
            assertThat(arrivals.perPerson(chasing.recipients(id)))
                    .contains("Deputy " + onLeaveCover + ": in their daily digest at 07:00");
            chasing.chaseByHand(id, people.find("perf").orElseThrow(), "Please finish it this week");
            assertThat(outbox.held(address(onLeaveCover))).extracting(OutboxEntry::kind).containsExactly("CHASE");
        } finally {
            delegations.end(covering, "dir.housing");
        }

        digest.sendDigests();
        assertThat(outbox.forReturn(id)).filteredOn(m -> m.recipient().equals(address(onLeaveCover)))
                .singleElement().satisfies(m -> {
                    assertThat(m.status()).isEqualTo(OutboxEntry.Status.DIGESTED);
                    assertThat(m.lastError()).isEqualTo(StillTheirs.MOVED);
                });
    }

    /** What a test does with Housing's return, the deputy covering today and the one whose period is to come. */
    private interface WithDeputies {
        void run(ReturnScenario scenario, String cover, String later) throws Exception;
    }

    /**
     * A Housing return of the year, a deputy covering from today for three weeks and another whose period begins
     * this many days from now; both delegations end after, and the clock is set back.
     */
    private void withDeputies(int year, int laterFrom, WithDeputies test) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        scenario.awaitIssueNotices(); // the deputies are named after the return is issued and its service told
        LocalDate today = LocalDate.now(clock);
        String cover = deputy("cover.deputy" + year);
        String later = deputy("later.deputy" + year);
        long covering = delegations.name(housing(), cover, today, today.plusDays(20), "dir.housing");
        long toCome = delegations.name(housing(), later, today.plusDays(laterFrom), today.plusDays(laterFrom + 5),
                "dir.housing");
        try {
            test.run(scenario, cover, later);
        } finally {
            ClockUtil.reset();
            delegations.end(covering, "dir.housing");
            delegations.end(toCome, "dir.housing");
        }
    }

    /** Moves the clock just past the chase step and sends what is due, as the return's timer would. */
    private void chaseAt(long returnId, Instant step) {
        ClockUtil.setCurrentTime(Date.from(step.plus(Duration.ofMinutes(1))));
        chasing.sendDueChase(returnId);
    }

    private List<String> recipients(long returnId, MailKind kind) {
        return jdbc.sql("select recipient from chase where return_id = :r and kind = :k").param("r", returnId)
                .param("k", kind.name()).query(String.class).list();
    }

    /** A strategic director of Housing's directorate, who may be its deputy. */
    private String deputy(String username) {
        admin.create(new UserFields(username, "Deputy " + username, address(username),
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, organisation.findService("Housing").orElseThrow()
                        .directorateId()), "a long enough password", "admin");
        return username;
    }

    private static String address(String username) {
        return username + "@council.test";
    }

    private long housing() {
        return organisation.findService("Housing").orElseThrow().id();
    }
}
