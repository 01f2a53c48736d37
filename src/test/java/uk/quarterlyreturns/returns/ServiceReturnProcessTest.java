package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.mail.MailSettings;
import uk.quarterlyreturns.base.process.GuardTaskCompletion;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.chasing.NotifyServiceDelegate;
import uk.quarterlyreturns.chasing.SendChaseDelegate;
import uk.quarterlyreturns.support.ProcessEngineOnPostgres;

/**
 * serviceReturn path by path, on the process engine alone (embedded PostgreSQL), its beans replaced by
 * test doubles: what the process does, not what the services behind it do.
 */
class ServiceReturnProcessTest {

    private static final Instant DEADLINE = Instant.parse("2017-07-21T16:00:00Z");

    private static ProcessEngineOnPostgres processes;
    private static long nextReturnId = 1;

    private ChasingDouble chasing;
    private List<Long> notified;
    private List<String> tasksCompleted;
    private long returnId;

    @BeforeAll
    static void startEngine() {
        processes = ProcessEngineOnPostgres.start("serviceReturn.bpmn");
    }

    @AfterAll
    static void stopEngine() {
        processes.close();
    }

    @BeforeEach
    void doubles() {
        returnId = nextReturnId++;
        chasing = new ChasingDouble();
        notified = new ArrayList<>();
        tasksCompleted = new ArrayList<>();
        Map<Object, Object> beans = processes.beans();
        beans.put(Chasing.BEAN, chasing);
        beans.put(GuardTaskCompletion.BEAN, (TaskListener) task -> tasksCompleted.add(task.getTaskDefinitionKey()));
        beans.put(NotifyServiceDelegate.BEAN, (JavaDelegate) execution -> notified.add(id(execution.getVariable(
                ReturnProcess.VAR_RETURN_ID))));
        beans.put(SendChaseDelegate.BEAN, (JavaDelegate) execution -> chasing.send());
        beans.put(ReturnTasks.BEAN, new ReturnTasksDouble());
        beans.put(MailSettings.BEAN, new RetryCycle("R1/PT1S"));
    }

    @Test
    void happyPath() {
        chasing.plan("REMINDER_7", "2017-07-12T08:00:00Z");
        ProcessInstance p = start(false);
        // issued in the starting transaction: the task and its chase timer, the notice a step of its own beside them
        assertThat(p).isWaitingAt(ReturnProcess.TASK_NOTIFY_SERVICE, ReturnProcess.TASK_COMPLETE_RETURN,
                ReturnProcess.TIMER_NEXT_CHASE);
        assertThat(notified).isEmpty();
        processes.executeJob(p.getId(), ReturnProcess.TASK_NOTIFY_SERVICE);
        assertThat(notified).containsExactly(returnId);
        assertThat(p).isWaitingAt(ReturnProcess.TASK_COMPLETE_RETURN, ReturnProcess.TIMER_NEXT_CHASE)
                .hasPassed(ReturnProcess.END_SERVICE_NOTIFIED);
        Task complete = task(p);
        assertThat(complete.getDueDate()).isEqualTo(Date.from(DEADLINE));
        assertThat(processes.engine().getTaskService().getIdentityLinksForTask(complete.getId()))
                .anyMatch(l -> "DATA_OFFICER:housing".equals(l.getGroupId()));

        submit(p);
        assertThat(processes.jobCount(p.getId())).isZero();
        decide(p, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.APPROVED);
        decide(p, ReturnProcess.TASK_QUALITY_CHECK, ReturnProcess.ACCEPTED);

        assertThat(p).isEnded().hasPassedInOrder(ReturnProcess.TASK_COMPLETE_RETURN, ReturnProcess.END_SUBMITTED, ReturnProcess.TASK_SIGN_OFF,
                ReturnProcess.TASK_QUALITY_CHECK, ReturnProcess.END_ACCEPTED)
                .hasNotPassed(ReturnProcess.TASK_SEND_CHASE);
        assertThat(tasksCompleted).containsExactly(ReturnProcess.TASK_COMPLETE_RETURN, ReturnProcess.TASK_SIGN_OFF,
                ReturnProcess.TASK_QUALITY_CHECK);
    }

    @Test
    void aNoticeThatCannotBeSentLeavesTheReturnIssuedAndRaisesAnIncidentOnItsOwnStep() {
        chasing.plan("OVERDUE", "2017-07-24T08:00:00Z");
        processes.beans().put(NotifyServiceDelegate.BEAN, (JavaDelegate) execution -> {
            throw new IllegalStateException("the mail store is down");
        });
        ProcessInstance p = start(false);
        for (int tries = 0; tries < 5 && incidents(p) == 0; tries++) {
            try {
                processes.executeJob(p.getId(), ReturnProcess.TASK_NOTIFY_SERVICE);
            } catch (RuntimeException expected) {
                // each try fails; the engine counts its retries down to an incident
            }
        }

        assertThat(processes.engine().getRuntimeService().createIncidentQuery().processInstanceId(p.getId())
                .activityId(ReturnProcess.TASK_NOTIFY_SERVICE).count()).isEqualTo(1);
        assertThat(p).isWaitingAt(ReturnProcess.TASK_NOTIFY_SERVICE, ReturnProcess.TASK_COMPLETE_RETURN,
                ReturnProcess.TIMER_NEXT_CHASE);
        // the service can still complete its return meanwhile, and the process goes on without the notice
        submit(p);
        assertThat(p).isWaitingAt(ReturnProcess.TASK_NOTIFY_SERVICE, ReturnProcess.TASK_SIGN_OFF);
    }

    @Test
    void anInstanceOfTheEarlierVersionWaitingForItsNoticeGoesOnToCollectionAfterAnUpgrade() throws Exception {
        chasing.plan("OVERDUE", "2017-07-24T08:00:00Z");
        var repository = processes.engine().getRepositoryService();
        String earlier = repository.createDeployment().name("before the notice went beside collection")
                .addInputStream("serviceReturn.bpmn", getClass().getResourceAsStream(
                        "/earlier-processes/serviceReturn-notice-before-collection.bpmn"))
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
        ProcessInstance p = processes.engine().getRuntimeService().startProcessInstanceById(earlier,
                ReturnProcess.businessKey(returnId), Map.of(ReturnProcess.VAR_RETURN_ID, returnId));
        assertThat(p).isWaitingAt(ReturnProcess.TASK_NOTIFY_SERVICE);
        // the upgrade deploys the current version; the earlier instance keeps its own
        repository.createDeployment().name("upgrade").addInputStream("serviceReturn.bpmn",
                java.nio.file.Files.newInputStream(java.nio.file.Path.of("processes", "serviceReturn.bpmn"))).deploy();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(ReturnProcess.PROCESS_ID)
                .latestVersion().singleResult().getId()).isNotEqualTo(earlier);

        processes.executeJob(p.getId(), ReturnProcess.TASK_NOTIFY_SERVICE);
        assertThat(notified).containsExactly(returnId);
        assertThat(p).isWaitingAt(ReturnProcess.TASK_COMPLETE_RETURN, ReturnProcess.TIMER_NEXT_CHASE);
        submit(p);
        decide(p, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.APPROVED);
        decide(p, ReturnProcess.TASK_QUALITY_CHECK, ReturnProcess.ACCEPTED);
        assertThat(p).isEnded();
    }

    @Test
    void sentBackAtSignOffGoesBackToTheServiceWithoutChasing() {
        chasing.plan("OVERDUE", "2017-07-24T08:00:00Z");
        ProcessInstance p = issued();
        submit(p);
        decide(p, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.SENT_BACK);

        // Collection again: its chasing finds the return no longer outstanding and ends at once.
        assertThat(p).isWaitingAt(ReturnProcess.TASK_COMPLETE_RETURN).hasPassed(ReturnProcess.END_CHASING);
        assertThat(processes.jobCount(p.getId())).isZero();
        submit(p);
        decide(p, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.APPROVED);
        decide(p, ReturnProcess.TASK_QUALITY_CHECK, ReturnProcess.ACCEPTED);
        assertThat(p).isEnded();
        assertThat(passed(p, ReturnProcess.TASK_COMPLETE_RETURN)).isEqualTo(2);
        assertThat(passed(p, ReturnProcess.TASK_SIGN_OFF)).isEqualTo(2);
        assertThat(passed(p, ReturnProcess.TASK_QUALITY_CHECK)).isEqualTo(1);
        assertThat(chasing.sent).isEmpty();
    }

    @Test
    void sentBackAtQualityCheckGoesRoundCompleteAndSignOffAgain() {
        ProcessInstance p = issued();
        submit(p);
        decide(p, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.APPROVED);
        decide(p, ReturnProcess.TASK_QUALITY_CHECK, ReturnProcess.SENT_BACK);

        assertThat(p).isWaitingAt(ReturnProcess.TASK_COMPLETE_RETURN);
        submit(p);
        assertThat(p).isWaitingAt(ReturnProcess.TASK_SIGN_OFF);
        decide(p, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.APPROVED);
        decide(p, ReturnProcess.TASK_QUALITY_CHECK, ReturnProcess.ACCEPTED);
        assertThat(p).isEnded();
        assertThat(passed(p, ReturnProcess.TASK_QUALITY_CHECK)).isEqualTo(2);
        assertThat(passed(p, ReturnProcess.TASK_COMPLETE_RETURN)).isEqualTo(2);
    }

    @Test
    void remindersThenSubmissionAndNoChaseAfterIt() {
        chasing.plan("REMINDER_7", "2017-07-12T08:00:00Z");
        chasing.plan("REMINDER_1", "2017-07-20T08:00:00Z");
        chasing.plan("OVERDUE", "2017-07-24T08:00:00Z");
        ProcessInstance p = issued();

        assertThat(timer(p).getDuedate()).isEqualTo(Date.from(Instant.parse("2017-07-12T08:00:00Z")));
        chase(p);
        assertThat(timer(p).getDuedate()).isEqualTo(Date.from(Instant.parse("2017-07-20T08:00:00Z")));
        chase(p);
        assertThat(chasing.sent).containsExactly("REMINDER_7", "REMINDER_1");
        assertThat(p).isWaitingAt(ReturnProcess.TASK_COMPLETE_RETURN, ReturnProcess.TIMER_NEXT_CHASE);

        submit(p);
        // The overdue notice was still planned: its timer went with the collection phase.
        assertThat(p).isWaitingAt(ReturnProcess.TASK_SIGN_OFF).hasPassed(ReturnProcess.END_SUBMITTED)
                .hasNotPassed(ReturnProcess.END_CHASING);
        assertThat(processes.jobCount(p.getId())).isZero();
        decide(p, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.APPROVED);
        decide(p, ReturnProcess.TASK_QUALITY_CHECK, ReturnProcess.ACCEPTED);
        assertThat(p).isEnded();
        assertThat(chasing.sent).containsExactly("REMINDER_7", "REMINDER_1");
        assertThat(passed(p, ReturnProcess.TASK_SEND_CHASE)).isEqualTo(2);
    }

    @Test
    void overdueThenEscalationsThenChasingEndsWhileTheReturnIsStillOwed() {
        chasing.plan("OVERDUE", "2017-07-24T08:00:00Z");
        chasing.plan("ESCALATION_STRATEGIC", "2017-07-27T08:00:00Z");
        chasing.plan("ESCALATION_CHIEF_EXECUTIVE", "2017-08-01T08:00:00Z");
        ProcessInstance p = issued();
        chase(p);
        chase(p);
        chase(p);

        assertThat(chasing.sent).containsExactly("OVERDUE", "ESCALATION_STRATEGIC", "ESCALATION_CHIEF_EXECUTIVE");
        assertThat(p).isWaitingAt(ReturnProcess.TASK_COMPLETE_RETURN).hasPassed(ReturnProcess.END_CHASING);
        assertThat(processes.jobCount(p.getId())).isZero();
        submit(p);
        decide(p, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.APPROVED);
        decide(p, ReturnProcess.TASK_QUALITY_CHECK, ReturnProcess.ACCEPTED);
        assertThat(p).isEnded();
    }

    @Test
    void correctionAfterPublicationReopensWithoutNoticeOrChasingBesideIt() {
        chasing.plan("OVERDUE", "2017-07-24T08:00:00Z");
        ProcessInstance first = issued();
        submit(first);
        decide(first, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.APPROVED);
        decide(first, ReturnProcess.TASK_QUALITY_CHECK, ReturnProcess.ACCEPTED);
        assertThat(first).isEnded();

        chasing.outstanding = false; // reopened: with the performance team's reason, not owed by a deadline
        ProcessInstance reopened = start(true);
        assertThat(reopened).isWaitingAt(ReturnProcess.TASK_COMPLETE_RETURN)
                .hasNotPassed(ReturnProcess.TASK_NOTIFY_SERVICE).hasPassed(ReturnProcess.END_CHASING);
        assertThat(processes.engine().getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId).count()).isEqualTo(1);
        assertThat(processes.jobCount(reopened.getId())).isZero();
        submit(reopened);
        decide(reopened, ReturnProcess.TASK_SIGN_OFF, ReturnProcess.APPROVED);
        decide(reopened, ReturnProcess.TASK_QUALITY_CHECK, ReturnProcess.ACCEPTED);
        assertThat(reopened).isEnded();
        assertThat(notified).containsExactly(returnId);
        assertThat(chasing.sent).isEmpty();
    }

    private ProcessInstance start(boolean reopened) {
        return processes.engine().getRuntimeService().startProcessInstanceByKey(ReturnProcess.PROCESS_ID,
                ReturnProcess.businessKey(returnId) + (reopened ? "-reopened" : ""),
                reopened ? Map.of(ReturnProcess.VAR_RETURN_ID, returnId, ReturnProcess.VAR_REOPENED, true)
                        : Map.of(ReturnProcess.VAR_RETURN_ID, returnId));
    }

    private ProcessInstance issued() {
        ProcessInstance p = start(false);
        processes.executeJob(p.getId(), ReturnProcess.TASK_NOTIFY_SERVICE);
        return p;
    }

    /** The next chase falls due: its timer fires, then the asynchronous send runs. */
    private void chase(ProcessInstance p) {
        processes.executeJob(p.getId(), ReturnProcess.TIMER_NEXT_CHASE);
        assertThat(p).isWaitingAt(ReturnProcess.TASK_SEND_CHASE);
        processes.executeJob(p.getId(), ReturnProcess.TASK_SEND_CHASE);
    }

    /** As ReturnWorkflow.submit: the return leaves the outstanding states, then its task completes. */
    private void submit(ProcessInstance p) {
        chasing.outstanding = false;
        processes.engine().getTaskService().complete(task(p).getId());
    }

    private void decide(ProcessInstance p, String taskKey, String decision) {
        assertThat(p).isWaitingAt(taskKey);
        Task t = processes.engine().getTaskService().createTaskQuery().processInstanceId(p.getId())
                .taskDefinitionKey(taskKey).singleResult();
        processes.engine().getTaskService().complete(t.getId(), Map.of(ReturnProcess.VAR_DECISION, decision));
    }

    private Task task(ProcessInstance p) {
        return processes.engine().getTaskService().createTaskQuery().processInstanceId(p.getId())
                .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).singleResult();
    }

    private Job timer(ProcessInstance p) {
        return processes.engine().getManagementService().createJobQuery().processInstanceId(p.getId())
                .activityId(ReturnProcess.TIMER_NEXT_CHASE).singleResult();
    }

    private long incidents(ProcessInstance p) {
        return processes.engine().getRuntimeService().createIncidentQuery().processInstanceId(p.getId()).count();
    }

    private long passed(ProcessInstance p, String activityId) {
        return processes.engine().getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(p.getId()).activityId(activityId).count();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    /** Stands in for Chasing: a plan of steps, sent in turn; the return is outstanding until submitted. */
    public static final class ChasingDouble {
        private final Deque<String> steps = new ArrayDeque<>();
        private final Deque<Instant> times = new ArrayDeque<>();
        final List<String> sent = new ArrayList<>();
        boolean outstanding = true;

        void plan(String step, String at) {
            steps.add(step);
            times.add(Instant.parse(at));
        }

        public boolean hasMoreChases(long returnId) {
            return outstanding && !steps.isEmpty();
        }

        public Date nextChaseAt(long returnId) {
            return Date.from(times.getFirst());
        }

        void send() {
            times.poll();
            sent.add(steps.poll());
        }
    }

    /** Stands in for ReturnTasks: who may take each task, and its due date. */
    public static final class ReturnTasksDouble {
        public String preparerGroups(long returnId) {
            return "DATA_OFFICER:housing";
        }

        public List<String> deputies(long returnId) {
            return List.of();
        }

        public List<String> signers(long returnId) {
            return List.of("dir.housing");
        }

        public String signerGroups(long returnId) {
            return "directors-housing";
        }

        public Date deadline(long returnId) {
            return Date.from(DEADLINE);
        }
    }

    /** Stands in for the settings beans the processes read a retry cycle from. */
    public record RetryCycle(String retryCycle) {
        public String getRetryCycle() {
            return retryCycle;
        }
    }
}
