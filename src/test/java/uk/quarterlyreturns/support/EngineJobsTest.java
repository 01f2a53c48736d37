package uk.quarterlyreturns.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;

/** A wait on a fixed clock does not hang on a job that failed once: its second try comes at once. */
class EngineJobsTest extends ApplicationTest {

    private static final String TO = "someone@engine-jobs.test";

    @Autowired MailOutbox outbox;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    @AfterEach
    void asBefore() {
        if (!TestMailServer.server().isRunning()) {
            TestMailServer.restart();
        }
        ClockUtil.reset();
    }

    @Test
    void aDeliveryThatFailedOnceIsTriedAgainAlthoughTheClockStandsStill() {
        // Before every other test's dates: a later clock would make their timers due at once, and the job executor
        // takes those (return steps go first) before this delivery, for longer than the wait on a busy machine.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("1990-07-01T08:00:00Z")));
        TestMailServer.stop();
        String key = "engine-jobs-" + System.nanoTime();
        long id = outbox.send(new MailMessage(key, "TEST", TO, "Tried twice", "Text", "<p>Text</p>", null, null));
        Await.until("its first try failed", Duration.ofSeconds(30), () -> failedOnce(key));
        TestMailServer.restart();
        Await.until("the mail server taking connections again", Duration.ofSeconds(10), TestMailServer::listening);

        // Each later try is due a second on by the fixed clock, so without the wait's retries it never comes.
        EngineJobs.until(management, "delivered at a later try", Duration.ofSeconds(30),
                () -> outbox.find(id).orElseThrow().status() == OutboxEntry.Status.DELIVERED);
        assertThat(TestMailServer.receivedBy(TO, "Tried twice")).hasSize(1);
        assertThat(outbox.find(id).orElseThrow().attempts()).isGreaterThanOrEqualTo(2);
    }

    /** Its delivery job failed and waits for the next try, a second later by the fixed clock. */
    private boolean failedOnce(String key) {
        ProcessInstance delivery = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
        Job job = delivery == null ? null
                : management.createJobQuery().processInstanceId(delivery.getId()).singleResult();
        return job != null && job.getExceptionMessage() != null && job.getRetries() > 0
                && job.getDuedate().after(ClockUtil.getCurrentTime());
    }
}
