package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * A return reopened for correction is with the service again, as one sent back is: the performance team, waiting for
 * the correction, may chase it by hand until it is submitted again, and the chase says why it was reopened.
 */
class ReopenedChaseTest extends ApplicationTest {

    private static final String REASON = "RH-1 was typed as 85; the service's own log says 58";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired Chasing chasing;
    @Autowired ComplianceService compliance;
    @Autowired PeopleService people;
    @Autowired FigureImport figures;

    @Test
    void aReopenedReturnIsChasedByHandUntilItIsSubmittedAgain() throws Exception {
        ServiceReturn housing = AcceptedReturn.housing(context, ReportingYear.labelOf(3888));
        workflow.reopen(housing.id(), "perf", REASON);
        AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        Person perf = people.find("perf").orElseThrow();

        assertThat(housingRow(housing).chaseable()).isTrue();
        RenderedMail preview = chasing.previewByHand(housing.id(), perf, "Before Friday, please").mail();
        assertThat(preview.subject()).endsWith(", was in on time, then reopened");
        assertThat(preview.text()).contains("Reopened for correction: " + REASON).doesNotContain("overdue");

        assertThat(chasing.chaseByHand(housing.id(), perf, "Before Friday, please")).isPositive();
        MimeMessage sent = TestMailServer.awaitReceived("data.housing@demo.council.test",
                "return: Chase from " + perf.displayName() + ", was in on time, then reopened");
        assertThat(TestMailServer.body(sent)).contains("Reopened for correction: " + REASON)
                .contains("Before Friday, please");

        workflow.submit(housing.id(), "data.housing");

        assertThat(housingRow(housing).chaseable()).isFalse();
        assertThatThrownBy(() -> chasing.chaseByHand(housing.id(), perf, "Again?"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("so it was not chased");
    }

    /** A chase of a return sent back gives the comment it was sent back with: the rework the service still owes. */
    @Test
    void aChaseOfASentBackReturnSaysWhatItWasSentBackFor() {
        String year = ReportingYear.labelOf(3901);
        ServiceReturn housing = AcceptedReturn.issued(context, year).stream()
                .filter(r -> r.serviceName().equals("Housing")).findFirst().orElseThrow();
        AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        figures.importValues(year, 2, AcceptedReturn.csv("code,value\nRH-1,85\n"), "perf");
        workflow.submit(housing.id(), "data.housing");
        AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_SIGN_OFF);
        workflow.signOff(housing.id(), "dir.housing");
        AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        String comment = "RH-1 rose by 20 points: say what changed in the count";
        workflow.sendBackByPerformanceTeam(housing.id(), "perf", comment);
        AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        Person perf = people.find("perf").orElseThrow();

        RenderedMail preview = chasing.previewByHand(housing.id(), perf, "Before Friday, please").mail();

        assertThat(preview.text()).contains("Sent back for rework: " + comment).doesNotContain("Reopened");
        assertThat(preview.html()).contains("Sent back for rework:");
    }

    private ReturnCompliance housingRow(ServiceReturn housing) {
        return compliance.forCycle(housing.cycleId()).returns().stream().filter(r -> r.returnId() == housing.id())
                .findFirst().orElseThrow();
    }
}
