package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.MailRetry;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * A signed-off return has no task leading its service back to it, and cannot be accepted while a challenge on it is
 * unanswered: so a challenge is mailed to those who may answer it (the director and the data officer, as a return sent
 * back is), naming the item and the question, with a link to the return; the answer is mailed to whoever challenged,
 * and to the performance team as well when a challenger it answers is no longer in it; a challenge answered before the
 * daily digest that held it is left out of it.
 */
class ChallengeMailTest extends ApplicationTest {

    private static final String DIRECTOR = "dir.housing@demo.council.test";
    private static final String DATA_OFFICER = "data.housing@demo.council.test";
    private static final String TEAM = "perf@demo.council.test";
    private static final String MANAGER = "perfmgr@demo.council.test";
    private static final String QUESTION = "HF-1 rose from 70% to 85% in one quarter: were the repairs of July's"
            + " backlog counted twice?";
    private static final String ANSWER = "No: two new crews started in July and cleared the backlog.";

    @Autowired ApplicationContext context;
    @Autowired Challenges challenges;
    @Autowired PeopleService people;
    @Autowired JdbcClient jdbc;
    @Autowired DailyDigest digest;
    @Autowired MailOutbox outbox;
    @Autowired MailRetry retries;

    /**
     * The challengers a test made and moved out of the team, and the data officer on a digest it made, are gone for
     * good: other tests' mail is not theirs.
     */
    @AfterEach
    void outOfTheTeam() {
        jdbc.sql("""
                delete from user_role where (role = 'PERFORMANCE_TEAM' and username like 'challenger.732_')
                  or username like 'challenger.741_' or username like 'answer.digest.741_'""").update();
    }

    @Test
    void theDirectorAndTheDataOfficerAreAskedToAnswerAndTheChallengerIsToldTheAnswer() {
        ReturnScenario scenario = signedOff(7321);
        long id = scenario.housing.id();

        challenges.challenge(id, "HF-1", "perf", QUESTION);

        String challenged = "Housing's Q2 7321/22 return: HF-1 challenged by Performance Officer, please answer";
        for (String to : List.of(DIRECTOR, DATA_OFFICER)) {
            TestMailServer.awaitReceived(to, challenged);
            assertThat(body(id, to, "CHALLENGED")).singleElement().asString()
                    .contains("Performance Officer has challenged HF-1 in Housing's Q2 7321/22 return")
                    .contains("Challenged: HF-1 Percentage of repairs completed on time")
                    .contains("Question from Performance Officer:\n\n" + QUESTION)
                    .contains("Answer the challenge: ").contains("/returns/" + id + "\n");
        }
        assertThat(TestMailServer.receivedBy(TEAM, "7321/22 return: HF-1 challenged")).as("not the challenger")
                .isEmpty();

        challenges.answer(id, "HF-1", "data.housing", ANSWER);

        String answered = "Housing's Q2 7321/22 return: Challenge on HF-1 answered by Lucy Wade";
        TestMailServer.awaitReceived(TEAM, answered);
        assertThat(body(id, TEAM, "CHALLENGE_ANSWERED")).singleElement().asString()
                .contains("Question from Performance Officer:\n\n" + QUESTION)
                .contains("Answer from Lucy Wade:\n\n" + ANSWER).contains("/returns/" + id + "/check");
        assertThat(TestMailServer.receivedBy(TEAM, answered)).hasSize(1);
        for (String to : List.of(DIRECTOR, DATA_OFFICER)) {
            assertThat(TestMailServer.receivedBy(to, challenged)).as("one each").hasSize(1);
        }
        assertThat(body(id, MANAGER, "CHALLENGE_ANSWERED")).as("only the challenger").isEmpty();
    }

    @Test
    void anAnswerToAChallengerNoLongerInTheTeamGoesToThoseWhoMayAcceptTheReturn() {
        ReturnScenario scenario = signedOff(7322);
        long id = scenario.housing.id();
        String challenger = "challenger.7322";
        people.create(new Person(challenger, "Carl Gone", challenger + "@demo.council.test",
                EnumSet.of(Role.PERFORMANCE_TEAM), null, null, true, false, false), "a-long-password");
        challenges.challenge(id, "HF-2", challenger, "Why did households in temporary accommodation rise?");
        jdbc.sql("update user_role set role = 'READER' where username = :u").param("u", challenger).update();

        challenges.answer(id, "HF-2", "dir.housing", "Two hostels closed for repairs.");

        TestMailServer.awaitReceived(MANAGER, "7322/23 return: Challenge on HF-2 answered by Imran Hussain");
        assertThat(body(id, MANAGER, "CHALLENGE_ANSWERED")).singleElement().asString()
                .contains("Question from Carl Gone:").contains("Two hostels closed for repairs.");
        assertThat(body(id, TEAM, "CHALLENGE_ANSWERED")).hasSize(1);
        assertThat(body(id, challenger + "@demo.council.test", "CHALLENGE_ANSWERED")).isEmpty();
        assertThat(body(id, "dir.housing@demo.council.test", "CHALLENGED")).hasSize(1);
    }

    /**
     * Two of the team challenge one item and one of them leaves it before the service answers: the answer to his
     * question reaches the team, and the one still in it, with both questions, each under who asked it.
     */
    @Test
    void aQuestionWhoseChallengerLeftTheTeamIsAnsweredToTheTeamAndToTheChallengerStillInIt() {
        ReturnScenario scenario = signedOff(7411);
        long id = scenario.housing.id();
        String gone = "challenger.7411";
        people.create(new Person(gone, "Carl Gone", gone + "@demo.council.test", EnumSet.of(Role.PERFORMANCE_TEAM),
                null, null, true, false, false), "a-long-password");
        challenges.challenge(id, "HF-1", "perf", QUESTION);
        challenges.challenge(id, "HF-1", gone, "Were July's repairs done by the new crews or by contractors?");
        jdbc.sql("update user_role set role = 'READER' where username = :u").param("u", gone).update();

        challenges.answer(id, "HF-1", "data.housing", ANSWER);

        String answered = "Housing's Q2 7411/12 return: Challenge on HF-1 answered by Lucy Wade";
        for (String to : List.of(TEAM, MANAGER)) {
            TestMailServer.awaitReceived(to, answered);
            assertThat(body(id, to, "CHALLENGE_ANSWERED")).as(to).singleElement().asString()
                    .contains("Question from Performance Officer:\n\n" + QUESTION)
                    .contains("Question from Carl Gone:\n\nWere July's repairs done by the new crews or by"
                            + " contractors?")
                    .contains("Answer from Lucy Wade:\n\n" + ANSWER);
        }
        assertThat(body(id, gone + "@demo.council.test", "CHALLENGE_ANSWERED")).isEmpty();
    }

    /**
     * A data officer on a daily digest: the challenge the service answered before the digest went is left out of it,
     * saying why, and may not be sent again; the one still waiting for its answer is in the digest.
     */
    @Test
    void aChallengeAnsweredBeforeTheDigestIsLeftOutOfIt() throws Exception {
        ReturnScenario scenario = signedOff(7412);
        long id = scenario.housing.id();
        String officer = "answer.digest.7412";
        people.create(new Person(officer, "Dina Digest", officer + "@demo.council.test", EnumSet.of(Role.DATA_OFFICER),
                scenario.housing.serviceId(), scenario.housing.directorateId(), true, false, true),
                "a-long-password");
        challenges.challenge(id, "HF-1", "perf", QUESTION);
        challenges.challenge(id, "HF-2", "perf", "Why did households in temporary accommodation rise?");
        assertThat(outbox.held(officer + "@demo.council.test")).filteredOn(m -> Long.valueOf(id).equals(m.returnId()))
                .extracting(OutboxEntry::kind).containsExactly("CHALLENGED", "CHALLENGED");

        challenges.answer(id, "HF-1", "dir.housing", ANSWER);
        digest.sendDigests();

        TestMailServer.awaitReceived(officer + "@demo.council.test", "digest");
        assertThat(TestMailServer.receivedBy(officer + "@demo.council.test", "digest")).singleElement()
                .satisfies(m -> assertThat(TestMailServer.body(m)).contains("HF-2 challenged")
                        .doesNotContain("HF-1 challenged"));
        assertThat(challenged(id, officer + "@demo.council.test", "HF-1")).satisfies(m -> {
            assertThat(m.status()).isEqualTo(OutboxEntry.Status.DIGESTED);
            assertThat(m.lastError()).isEqualTo("Left out of the daily digest: the challenge has been answered since");
        });
        assertThat(challenged(id, officer + "@demo.council.test", "HF-2").lastError()).isNull();
        // the delivery and "Send again" ask the same
        assertThat(retries.whyNotAgain(challenged(id, DIRECTOR, "HF-1")))
                .contains("Not sent again: the challenge has been answered since");
        assertThat(retries.whyNotAgain(challenged(id, DIRECTOR, "HF-2"))).isEmpty();
    }

    private OutboxEntry challenged(long returnId, String to, String item) {
        return outbox.forReturn(returnId).stream().filter(m -> m.recipient().equals(to)
                && m.kind().equals("CHALLENGED") && m.subject().contains(item + " challenged")).findFirst()
                .orElseThrow();
    }

    private ReturnScenario signedOff(int startYear) {
        try {
            ReturnScenario scenario = ReturnScenario.open(context, startYear);
            scenario.completeAndSignOff();
            scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
            return scenario;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text of each message of this kind the address was sent about the return, oldest first. */
    private List<String> body(long returnId, String to, String kind) {
        return jdbc.sql("""
                select body_text from outbox_message where return_id = :r and recipient = :to and kind = :k
                order by created_at, id""")
                .param("r", returnId).param("to", to).param("k", kind).query(String.class).list();
    }
}
