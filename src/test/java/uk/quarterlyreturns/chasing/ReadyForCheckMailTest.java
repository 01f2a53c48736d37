package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * Signed off, a return waits for the performance team's quality check, and the team is told so by mail ("ready for
 * your check"), as each other step tells whoever it hands work to: at once, or in the daily digest of those who chose
 * one, unless the return was checked before the digest went. Whoever signed it off is not told.
 */
class ReadyForCheckMailTest extends ApplicationTest {

    private static final String TEAM = "perf@demo.council.test";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired Challenges challenges;
    @Autowired PeopleService people;
    @Autowired MailOutbox outbox;
    @Autowired DailyDigest digest;
    @Autowired JdbcClient jdbc;

    /** The people a test made in the performance team no longer are: other tests' mail to the team is not theirs. */
    @AfterEach
    void outOfTheTeam() {
        jdbc.sql("delete from user_role where role = 'PERFORMANCE_TEAM' and username like 'check.%.395_'").update();
    }

    @Test
    void theTeamIsToldWhoSignedItOffWhenWithTheNoteAndAgainWithTheChallengeLeftUnansweredWhenItComesBack() {
        ReturnScenario scenario = open(3950);
        long id = scenario.housing.id();
        scenario.completeAndSubmit();
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);

        workflow.signOff(id, scenario.reload().version(), context.getBean(Clock.class).instant(), "dir.housing",
                "HF-1 is up on Q1: new crews");

        String subject = "Housing's Q2 3950/51 return: Ready for your check";
        TestMailServer.awaitReceived(TEAM, subject);
        String first = body(id, TEAM).get(0);
        assertThat(first).contains("Imran Hussain has signed off Housing's Q2 3950/51 return. It is ready for your"
                        + " quality check.")
                .contains("Service: Housing").contains("Quarter: Quarter 2 (July to September) 3950/51")
                .contains("Signed off by: Imran Hussain")
                .containsPattern("Signed off on: [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d")
                .contains("Note from Imran Hussain:\n\nHF-1 is up on Q1: new crews")
                .contains("/returns/" + id + "/check").doesNotContain("Challenged");

        // challenged, sent back unanswered, submitted and signed off again: the team is told again
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        challenges.challenge(id, "HF-1", "perf", "What are the new crews?");
        workflow.sendBackByPerformanceTeam(id, "perf", "Say how the new crews were paid for");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(id, "data.housing");
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        workflow.signOff(id, "dir.housing");

        Await.until("the second mail", TestMailServer.DELIVERY,
                () -> TestMailServer.receivedBy(TEAM, subject).size() == 2);
        assertThat(body(id, TEAM)).hasSize(2).last().asString()
                .contains("Challenged on an earlier version and never answered")
                .contains("- HF-1 Percentage of repairs completed on time").doesNotContain("Note from");
    }

    /**
     * A director given the performance team's role before the two were kept apart, not yet mended by an administrator,
     * may not sign off (they could then check their own return), so nobody is asked to check it.
     */
    @Test
    void aDirectorAlsoInTheTeamFromBeforeTheRuleIsRefusedTheSignOff() {
        String year = "3951-52";
        String service = "Check Service 3951";
        context.getBean(FrameworkImport.class).importMeasures(year, TabularFile.read(("code,title,directorate,"
                + "service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "CK-1,Visits made,Economy and Infrastructure," + service + ",Ambitious,count,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "framework.csv"));
        Organisation.ServiceUnit placed = context.getBean(Organisation.class).findService(service).orElseThrow();
        String director = "check.dir.3951";
        people.create(new Person(director, "Dee Both", director + "@demo.council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), placed.id(), placed.directorateId(), true, false, false),
                "a-long-password");
        // given both roles before they were kept apart, and not yet mended by an administrator
        jdbc.sql("insert into user_role (username, role) values (:u, 'PERFORMANCE_TEAM')").param("u", director)
                .update();
        Instant now = Instant.now();
        long cycle = context.getBean(CycleService.class).open(year, 2, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), ChasePolicy.DEFAULT, "perf").id();
        ReturnRepository returns = context.getBean(ReturnRepository.class);
        Await.until("the return issued", ReturnScenario.WAIT, () -> returns.forCycle(cycle).size() == 1);
        long id = returns.forCycle(cycle).get(0).id();
        long measure = context.getBean(MeasureRepository.class).find(context.getBean(YearRepository.class)
                .find(year).orElseThrow().id(), "CK-1").orElseThrow().id();
        context.getBean(ValueRepository.class).saveFigure(measure, 2, new BigDecimal("60"), null, null, null, "feed");
        Await.until("the return's first step", ReturnScenario.WAIT, () -> workflowAt(id,
                ReturnProcess.TASK_COMPLETE_RETURN));
        workflow.submit(id, director);
        Await.until("the sign-off step", ReturnScenario.WAIT, () -> workflowAt(id, ReturnProcess.TASK_SIGN_OFF));

        assertThatThrownBy(() -> workflow.signOff(id, director)).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("kept apart");
        assertThat(returns.find(id).orElseThrow().status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(outbox.forReturn(id)).noneMatch(m -> m.kind().equals("READY_FOR_CHECK"));
    }

    @Test
    void aDigestChooserGetsItInTheDigest() throws Exception {
        String chooser = digestChooser(3952);
        ReturnScenario scenario = open(3952);
        long id = scenario.housing.id();

        scenario.completeAndSignOff();

        assertThat(outbox.held(chooser)).filteredOn(m -> Long.valueOf(id).equals(m.returnId()))
                .extracting(OutboxEntry::kind).containsExactly("READY_FOR_CHECK");
        digest.sendDigests();
        Await.until("the digest", TestMailServer.DELIVERY, () -> !TestMailServer.receivedBy(chooser, "digest")
                .isEmpty());
        assertThat(digests(chooser)).singleElement().asString().contains("Ready for your check")
                .contains("/returns/" + id + "/check");
        assertThat(TestMailServer.receivedBy(chooser, "Ready for your check")).as("not on its own").isEmpty();
    }

    @Test
    void aDigestChooserDoesNotGetItOnceTheReturnIsAcceptedBeforeTheDigest() throws Exception {
        String chooser = digestChooser(3953);
        ReturnScenario scenario = open(3953);
        long id = scenario.housing.id();
        scenario.completeAndSignOff();
        assertThat(outbox.held(chooser)).filteredOn(m -> Long.valueOf(id).equals(m.returnId())).hasSize(1);
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);

        workflow.accept(id, "perf");
        digest.sendDigests();

        assertThat(outbox.forReturn(id)).filteredOn(m -> m.recipient().equals(chooser)).singleElement()
                .satisfies(m -> {
                    assertThat(m.kind()).isEqualTo("READY_FOR_CHECK");
                    assertThat(m.status()).isEqualTo(OutboxEntry.Status.DIGESTED);
                    assertThat(m.lastError()).isEqualTo(DailyDigest.CHECKED);
                });
        assertThat(digests(chooser)).noneMatch(body -> body.contains("/returns/" + id));
    }

    @Test
    void aDigestChooserNoLongerInTheTeamWhenTheDigestGoesDoesNotGetIt() throws Exception {
        String chooser = digestChooser(3954);
        ReturnScenario scenario = open(3954);
        long id = scenario.housing.id();
        scenario.completeAndSignOff();
        assertThat(outbox.held(chooser)).filteredOn(m -> Long.valueOf(id).equals(m.returnId())).hasSize(1);

        jdbc.sql("update user_role set role = 'READER' where username = 'check.digest.3954'").update();
        digest.sendDigests();

        assertThat(outbox.forReturn(id)).filteredOn(m -> m.recipient().equals(chooser)).singleElement()
                .satisfies(m -> assertThat(m.lastError()).isEqualTo(StillTheirs.MOVED));
        assertThat(digests(chooser)).noneMatch(body -> body.contains("/returns/" + id));
    }

    private ReturnScenario open(int startYear) {
        try {
            return ReturnScenario.open(context, startYear);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Someone in the performance team of the test's own who chose a daily digest; their address. */
    private String digestChooser(int startYear) {
        String username = "check.digest." + startYear;
        people.create(new Person(username, "Dora Digest", username + "@demo.council.test",
                EnumSet.of(Role.PERFORMANCE_TEAM), null, null, true, false, true), "a-long-password");
        return username + "@demo.council.test";
    }

    private boolean workflowAt(long returnId, String taskKey) {
        return context.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery()
                .processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId).taskDefinitionKey(taskKey)
                .active().count() == 1;
    }

    /** The plain text of each "ready for your check" the address was sent about the return, oldest first. */
    private List<String> body(long returnId, String to) {
        return jdbc.sql("""
                select body_text from outbox_message where return_id = :r and recipient = :to
                and kind = 'READY_FOR_CHECK' order by created_at, id""")
                .param("r", returnId).param("to", to).query(String.class).list();
    }

    private List<String> digests(String to) {
        return jdbc.sql("select body_text from outbox_message where kind = 'DAILY_DIGEST' and recipient = :to")
                .param("to", to).query(String.class).list();
    }
}
