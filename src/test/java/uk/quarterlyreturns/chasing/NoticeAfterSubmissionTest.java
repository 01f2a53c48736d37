package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A return's issue notice is a step of its own that the engine runs when it comes to it: seconds after a cycle
 * opens, longer on a busy engine. A service that has already submitted by then is not asked for its return.
 */
class NoticeAfterSubmissionTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired MailOutbox outbox;

    @Test
    void noIssueNoticeGoesForAReturnSubmittedBeforeItsStepRan() throws Exception {
        // the notices' step waits while its definition is suspended: jobs made meanwhile are made suspended
        List<String> noticeSteps = management.createJobDefinitionQuery()
                .activityIdIn(ReturnProcess.TASK_NOTIFY_SERVICE).list().stream().map(JobDefinition::getId).toList();
        assertThat(noticeSteps).isNotEmpty();
        noticeSteps.forEach(id -> management.suspendJobDefinitionById(id, false));
        ReturnScenario scenario;
        try {
            scenario = ReturnScenario.open(context, 5966);
            long returnId = scenario.housing.id();
            assertThat(ReturnScenario.noticeSent(runtime, returnId)).as("the notice still to go").isFalse();

            scenario.completeAndSubmit();
        } finally {
            noticeSteps.forEach(id -> management.activateJobDefinitionById(id, true));
        }
        long returnId = scenario.housing.id();
        Await.until("the notice's step run", ReturnScenario.WAIT, () -> ReturnScenario.noticeSent(runtime, returnId));

        assertThat(outbox.forReturn(returnId)).extracting(OutboxEntry::kind)
                .as("mail about the return").doesNotContain(MailKind.RETURN_ISSUED.name());
    }
}
