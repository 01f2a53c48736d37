package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.awaitMail;
import static uk.quarterlyreturns.cycle.CycleScenario.mailTo;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.chasing.DailyDigest;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.TestMailServer;

/** Someone who chose a daily digest gets one email a day for ordinary events, and escalations at once. */
class DailyDigestTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired YearRepository years;
    @Autowired PeopleService people;
    @Autowired Organisation organisation;
    @Autowired MailOutbox outbox;
    @Autowired DailyDigest digest;
    @Autowired ReturnWorkflow workflow;
    @Autowired JdbcClient jdbc;

    private CycleScenario scenario;

    @AfterEach
    void realTime() {
        CycleScenario.end(scenario);
    }

    @Test
    void issueNoticesWaitForTheDigestButOverdueNoticesGoAtOnce() throws Exception {
        TestMailServer.purge();
        digestUsers();
        scenario = CycleScenario.of(context, 2194);
        scenario.open(ChasePolicy.parse("", java.time.LocalTime.of(9, 0), 5, 5));
        awaitMail("dir.housing@demo.council.test", "is open", 1);

        assertThat(outbox.held("digest.housing@demo.council.test")).singleElement()
                .satisfies(m -> assertThat(m.subject()).contains("is open"));
        assertThat(mailTo("digest.housing@demo.council.test", "is open")).isEmpty();

        assertThat(digest.sendDigests()).isPositive();
        Await.until("the digest", CycleScenario.WAIT,
                () -> mailTo("digest.housing@demo.council.test", "digest", null).size() == 1);
        assertThat(CycleScenario.body(mailTo("digest.housing@demo.council.test", "digest", null).get(0)))
                .contains("Housing").contains("/returns/")
                .as("the deadline as the return's own emails print it").contains("21 July " + scenario.startYear
                        + ", 17:00 (closes in")
                .as("when the notice was held").containsPattern("   When: [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4},"
                        + " \\d\\d:\\d\\d");
        assertThat(outbox.held("digest.housing@demo.council.test")).isEmpty();
        // "latest" is by the application's clock, and other tests' cycles run in later years: look through all
        assertThat(outbox.latest(Integer.MAX_VALUE)).filteredOn(m -> m.recipient().equals("digest.housing@demo.council.test")
                && m.subject().contains("is open") && m.subject().contains(scenario.startYear + "/")).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(OutboxEntry.Status.DIGESTED));

        // Escalations go at once, digest or not: five working days after Monday 21 July is Monday 28 July.
        CycleScenario.at(scenario.startYear, 7, 28, 17, 5);
        awaitMail("digest.sd@demo.council.test", "Escalation", 2);
        assertThat(outbox.held("digest.sd@demo.council.test")).isEmpty();
    }

    @Test
    void aReminderHeldForTheDigestIsLeftOutOnceTheReturnIsIn() throws Exception {
        TestMailServer.purge();
        digestUsers();
        scenario = CycleScenario.of(context, 2606);
        scenario.open(ChasePolicy.parse("7", java.time.LocalTime.of(9, 0), 5, 5));
        long housing = scenario.returnOf("Housing").id();

        // Seven days before the deadline (Monday 21 July): Monday 14 July 09:00.
        CycleScenario.at(scenario.startYear, 7, 14, 9, 5);
        awaitMail("data.housing@demo.council.test", "Reminder", 1);
        assertThat(outbox.held("digest.housing@demo.council.test"))
                .filteredOn(m -> Long.valueOf(housing).equals(m.returnId())).extracting(OutboxEntry::kind)
                .contains("REMINDER");

        scenario.enter("H-1", "60");
        workflow.submit(housing, "data.housing");
        digest.sendDigests();

        assertThat(jdbc.sql("""
                select body_text from outbox_message where kind = 'DAILY_DIGEST' and recipient = :to""")
                .param("to", "digest.housing@demo.council.test").query(String.class).list())
                .noneMatch(body -> body.contains("/returns/" + housing));
        // left out for good: not held for a later digest either
        assertThat(outbox.forReturn(housing)).filteredOn(m -> m.recipient().equals("digest.housing@demo.council.test"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isNotEqualTo(OutboxEntry.Status.HELD));
    }

    /**
     * The reminder on the deadline's morning, held for the next morning's digest: by then the return is overdue and
     * the overdue notice went at once, so the digest leaves the reminder ("closes today") out.
     */
    @Test
    void aReminderWhoseDeadlinePassedWhileHeldIsLeftOutOfTheDigest() throws Exception {
        TestMailServer.purge();
        digestUsers();
        scenario = CycleScenario.of(context, 2223);
        scenario.open(ChasePolicy.parse("0", java.time.LocalTime.of(9, 0), 5, 5));
        long housing = scenario.returnOf("Housing").id();
        CycleScenario.at(scenario.startYear, 7, 21, 9, 5); // the deadline's day, 17:00
        awaitMail("data.housing@demo.council.test", "Reminder", 1);
        CycleScenario.at(scenario.startYear, 7, 21, 17, 5);
        Await.until("the overdue notice", CycleScenario.WAIT, () -> jdbc.sql(
                "select count(*) from chase where return_id = :r and kind = 'OVERDUE'").param("r", housing)
                .query(Long.class).single() > 0);

        CycleScenario.at(scenario.startYear, 7, 22, 7, 0);
        digest.sendDigests();
        Await.until("the digest", CycleScenario.WAIT,
                () -> mailTo("digest.housing@demo.council.test", "digest", null).size() == 1);
        assertThat(CycleScenario.body(mailTo("digest.housing@demo.council.test", "digest", null).get(0)))
                .as("the issue notice held with it goes").contains("2223/24 return is open")
                .doesNotContain("Reminder");
        assertThat(outbox.forReturn(housing)).filteredOn(m -> m.recipient().equals("digest.housing@demo.council.test")
                && m.kind().equals("REMINDER")).singleElement().satisfies(m -> {
                    assertThat(m.status()).isEqualTo(OutboxEntry.Status.DIGESTED);
                    assertThat(m.lastError()).contains("the overdue notice went instead");
                });
    }

    /**
     * A chase by hand with a message, to someone on a daily digest: the digest listed the chase by its subject alone,
     * so the chaser's words reached nobody (stored in no place the service can read).
     */
    @Test
    void aChasesMessageIsInTheDigestThatHoldsIt() throws Exception {
        TestMailServer.purge();
        digestUsers();
        scenario = CycleScenario.of(context, 2228);
        scenario.open(ChasePolicy.parse("", java.time.LocalTime.of(9, 0), 5, 5));
        long housing = scenario.returnOf("Housing").id();
        CycleScenario.at(scenario.startYear, 7, 10, 10, 0);
        String words = "Cabinet papers close Thursday: H-1 by noon.";
        context.getBean(uk.quarterlyreturns.chasing.Chasing.class).chaseByHand(housing,
                people.find("perf").orElseThrow(), words);

        digest.sendDigests();
        Await.until("the digest", CycleScenario.WAIT,
                () -> mailTo("digest.housing@demo.council.test", "digest", null).size() == 1);
        String body = CycleScenario.body(mailTo("digest.housing@demo.council.test", "digest", null).get(0));
        assertThat(body).contains("Chase from").contains("Message: " + words);
    }

    /** A data officer of Housing and Economy's strategic director, both on a daily digest. */
    private void digestUsers() {
        long housing = organisation.findService("Housing").orElseThrow().id();
        long economy = organisation.findDirectorate("Economy and Infrastructure").orElseThrow();
        if (people.find("digest.housing").isEmpty()) {
            people.create(new Person("digest.housing", "Dana Digest", "digest.housing@demo.council.test",
                    EnumSet.of(Role.DATA_OFFICER), housing, economy, true, false, true), "secret-password");
            people.create(new Person("digest.sd", "Sam Digest", "digest.sd@demo.council.test",
                    EnumSet.of(Role.STRATEGIC_DIRECTOR), null, economy, true, false, true), "secret-password");
        }
    }
}
