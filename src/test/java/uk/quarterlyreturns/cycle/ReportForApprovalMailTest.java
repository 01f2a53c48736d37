package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;
import static uk.quarterlyreturns.cycle.CycleScenario.awaitMail;
import static uk.quarterlyreturns.cycle.CycleScenario.mailTo;
import static uk.quarterlyreturns.support.TestMailServer.part;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The chief executive's "for your approval" mail tells a revised report from the first (the comments it answers, and
 * "(revised)" in its subject) and a correction from the version it replaces (its change note).
 */
class ReportForApprovalMailTest extends ApplicationTest {

    private static final int REVISED_YEAR = 7593;
    private static final int CORRECTED_YEAR = 7594;
    private static final String CHIEF = "ceo@demo.council.test";
    private static final String REASON = "H-1 counted repairs finished after the quarter end: recounted";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;

    private CycleScenario scenario;

    @AfterEach
    void realTime() {
        CycleScenario.end(scenario);
    }

    @Test
    void aRevisedReportSaysItAnswersTheCommentsOfTheDayItWasReturned() throws Exception {
        scenario = CycleScenario.of(context, REVISED_YEAR).open(ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30));
        scenario.housingCompiled(workflow);
        awaitMail(CHIEF, "for your approval", 1);
        at(REVISED_YEAR, 8, 3, 11, 0);
        approval.returnWithComments(scenario.cycle.id(), "ceo", "Say more about housing repairs");
        scenario.awaitCycleTask(CycleProcess.TASK_REVISE_REPORT);
        at(REVISED_YEAR, 8, 6, 10, 0);
        approval.resubmit(scenario.cycle.id(), "perf");
        awaitMail(CHIEF, "for your approval", 2);

        MimeMessage first = mailTo(CHIEF, "for your approval").get(0);
        assertThat(first.getSubject()).isEqualTo("Q1 7593/94 corporate report: for your approval");
        assertThat(part(first, "text/plain")).contains("has been compiled and is ready for your approval")
                .doesNotContain("revised");
        MimeMessage revised = mailTo(CHIEF, "for your approval").get(1);
        assertThat(revised.getSubject()).isEqualTo("Q1 7593/94 corporate report (revised): for your approval");
        String answers = "The corporate performance report has been revised in answer to the comments it was returned"
                + " with on Tuesday 3 August 7593, and is ready for your approval.";
        assertThat(part(revised, "text/plain")).contains(answers).doesNotContain("What changed");
        assertThat(Jsoup.parse(part(revised, "text/html")).text()).contains(answers);
    }

    @Test
    void aCorrectionGivesItsChangeNote() throws Exception {
        scenario = CycleScenario.of(context, CORRECTED_YEAR).open(ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.housingPublished(workflow, approval);
        at(CORRECTED_YEAR, 8, 10, 10, 0);
        workflow.reopen(housing.id(), "perf", REASON);
        scenario.enter("H-1", "58");
        scenario.signedOffAndAccepted(workflow, housing);
        awaitMail(CHIEF, "version 2: for your approval", 1);

        MimeMessage correction = mailTo(CHIEF, "version 2: for your approval").get(0);
        assertThat(correction.getSubject()).isEqualTo("Q1 7594/95 corporate report, version 2: for your approval");
        assertThat(part(correction, "text/plain")).contains("Version: 2")
                .contains("What changed since version 1:\n\n" + REASON);
        assertThat(Jsoup.parse(part(correction, "text/html")).text()).contains("What changed since version 1:")
                .contains(REASON);
    }
}
