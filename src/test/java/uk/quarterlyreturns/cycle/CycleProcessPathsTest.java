package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.process.GuardTaskCompletion;
import uk.quarterlyreturns.returns.CycleProgress;
import uk.quarterlyreturns.returns.IssueReturnsDelegate;
import uk.quarterlyreturns.support.ProcessEngineOnPostgres;

/**
 * quarterlyCycle path by path, on the process engine alone (embedded PostgreSQL), its beans replaced by
 * test doubles. The whole application's run of the same paths is QuarterlyCycleProcessTest.
 */
class CycleProcessPathsTest {

    private static final Instant COMPILATION = Instant.parse("2017-08-04T08:00:00Z");

    private static ProcessEngineOnPostgres processes;
    private static long nextCycleId = 1;

    private final List<String> steps = new ArrayList<>();
    private final CycleProgressDouble progress = new CycleProgressDouble();
    private long cycleId;

    @BeforeAll
    static void startEngine() {
        processes = ProcessEngineOnPostgres.start("quarterlyCycle.bpmn");
    }

    @AfterAll
    static void stopEngine() {
        processes.close();
    }

    @BeforeEach
    void doubles() {
        cycleId = nextCycleId++;
        Map<Object, Object> beans = processes.beans();
        beans.put(IssueReturnsDelegate.BEAN, step("issued"));
        beans.put(CompileReportDelegate.BEAN, step("compiled"));
        beans.put(PublishReportDelegate.BEAN, step("published"));
        beans.put(CycleProgress.BEAN, progress);
        beans.put(CycleService.BEAN, new CyclesDouble());
        beans.put(CycleSettings.BEAN, new RetryCycle("R1/PT1S"));
        beans.put(GuardTaskCompletion.BEAN, (TaskListener) task -> steps.add("completed " + task.getTaskDefinitionKey()));
    }

    @Test
    void allReturnsAcceptedThenApprovedAndPublished() {
        ProcessInstance p = opened();
        assertThat(p).isWaitingAt(CycleProcess.GATEWAY_WAIT);
        allAccepted();
        compile(p);
        decide(p, CycleProcess.APPROVED);
        processes.executeJob(p.getId(), CycleProcess.TASK_PUBLISH_REPORT);

        assertThat(p).isEnded().hasPassedInOrder(CycleProcess.TASK_ISSUE_RETURNS, CycleProcess.EVENT_ALL_ACCEPTED,
                CycleProcess.TASK_COMPILE_REPORT, CycleProcess.TASK_APPROVE_REPORT, CycleProcess.TASK_PUBLISH_REPORT,
                CycleProcess.END_PUBLISHED).hasNotPassed(CycleProcess.TIMER_COMPILATION_DATE);
        assertThat(steps).containsExactly("issued " + cycleId, "compiled " + cycleId,
                "completed " + CycleProcess.TASK_APPROVE_REPORT, "published " + cycleId);
    }

    @Test
    void chiefExecutiveReturnsTheReportThenApprovesTheRevision() {
        ProcessInstance p = opened();
        allAccepted();
        compile(p);
        decide(p, CycleProcess.RETURNED);

        assertThat(p).isWaitingAt(CycleProcess.TASK_REVISE_REPORT);
        Task revise = processes.engine().getTaskService().createTaskQuery().processInstanceId(p.getId()).singleResult();
        assertThat(processes.engine().getTaskService().getIdentityLinksForTask(revise.getId()))
                .anyMatch(l -> "PERFORMANCE_TEAM".equals(l.getGroupId()));
        processes.engine().getTaskService().complete(revise.getId());
        compile(p);
        decide(p, CycleProcess.APPROVED);
        processes.executeJob(p.getId(), CycleProcess.TASK_PUBLISH_REPORT);

        assertThat(p).isEnded();
        assertThat(steps).containsExactly("issued " + cycleId, "compiled " + cycleId,
                "completed " + CycleProcess.TASK_APPROVE_REPORT, "completed " + CycleProcess.TASK_REVISE_REPORT,
                "compiled " + cycleId, "completed " + CycleProcess.TASK_APPROVE_REPORT, "published " + cycleId);
    }

    @Test
    void compilationDateComesFirstAndTheReportIsCompiledWithWhatIsIn() {
        ProcessInstance p = opened();
        assertThat(processes.engine().getManagementService().createJobQuery().processInstanceId(p.getId())
                .activityId(CycleProcess.TIMER_COMPILATION_DATE).singleResult().getDuedate())
                .isEqualTo(Date.from(COMPILATION));
        processes.executeJob(p.getId(), CycleProcess.TIMER_COMPILATION_DATE);
        compile(p);
        assertThat(p).hasPassed(CycleProcess.TIMER_COMPILATION_DATE).hasNotPassed(CycleProcess.EVENT_ALL_ACCEPTED);
        // The message of a late last acceptance finds nothing waiting for it.
        assertThat(processes.engine().getRuntimeService().createMessageCorrelation(CycleProcess.MESSAGE_ALL_ACCEPTED)
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId)).correlateAllWithResult()).isEmpty();
    }

    @Test
    void correctionAfterPublicationWaitsForTheReturnThenCompilesApprovesAndPublishesAgain() {
        ProcessInstance first = opened();
        allAccepted();
        compile(first);
        decide(first, CycleProcess.APPROVED);
        processes.executeJob(first.getId(), CycleProcess.TASK_PUBLISH_REPORT);
        assertThat(first).isEnded();

        progress.accepted = false; // the reopened return is out again
        ProcessInstance correction = processes.engine().getRuntimeService()
                .createMessageCorrelation(CycleProcess.MESSAGE_CORRECTION)
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .setVariable(CycleProcess.VAR_CYCLE_ID, cycleId).correlateStartMessage();
        assertThat(correction).isWaitingAt(CycleProcess.EVENT_CORRECTED_RETURNS_ACCEPTED)
                .hasPassed(CycleProcess.START_CORRECTION).hasNotPassed(CycleProcess.TASK_ISSUE_RETURNS);
        // The compilation date is long past (COMPILATION): a timer on it would compile at once, without the return.
        assertThat(processes.engine().getManagementService().createJobQuery().processInstanceId(correction.getId())
                .count()).isZero();
        // Every return accepted is not what the correction waits for (one may never have come in)...
        assertThat(processes.engine().getRuntimeService().createMessageCorrelation(CycleProcess.MESSAGE_ALL_ACCEPTED)
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId)).correlateAllWithResult()).isEmpty();
        // ...but the reopened returns accepted again.
        progress.accepted = true;
        assertThat(processes.engine().getRuntimeService()
                .createMessageCorrelation(CycleProcess.MESSAGE_REOPENED_ACCEPTED)
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId)).correlateAllWithResult()).hasSize(1);
        compile(correction);
        decide(correction, CycleProcess.APPROVED);
        processes.executeJob(correction.getId(), CycleProcess.TASK_PUBLISH_REPORT);

        assertThat(correction).isEnded().hasPassed(CycleProcess.END_PUBLISHED)
                .hasNotPassed(CycleProcess.GATEWAY_WAIT, CycleProcess.TIMER_COMPILATION_DATE);
        assertThat(steps.stream().filter(s -> s.startsWith("issued"))).hasSize(1);
        assertThat(steps.stream().filter(s -> s.startsWith("published"))).hasSize(2);
    }

    @Test
    void correctionWhenTheReturnIsAlreadyAcceptedAgainGoesStraightToCompilation() {
        progress.accepted = true;
        ProcessInstance correction = processes.engine().getRuntimeService()
                .createMessageCorrelation(CycleProcess.MESSAGE_CORRECTION)
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .setVariable(CycleProcess.VAR_CYCLE_ID, cycleId).correlateStartMessage();
        assertThat(correction).isWaitingAt(CycleProcess.TASK_COMPILE_REPORT)
                .hasNotPassed(CycleProcess.GATEWAY_WAIT, CycleProcess.EVENT_CORRECTED_RETURNS_ACCEPTED);
    }

    private ProcessInstance opened() {
        ProcessInstance p = processes.engine().getRuntimeService().startProcessInstanceByKey(CycleProcess.PROCESS_ID,
                CycleProcess.businessKey(cycleId), Map.of(CycleProcess.VAR_CYCLE_ID, cycleId));
        processes.executeJob(p.getId(), CycleProcess.TASK_ISSUE_RETURNS);
        return p;
    }

    /** As CycleProgress on the last acceptance. */
    private void allAccepted() {
        progress.accepted = true;
        assertThat(processes.engine().getRuntimeService().createMessageCorrelation(CycleProcess.MESSAGE_ALL_ACCEPTED)
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId)).correlateAllWithResult()).hasSize(1);
    }

    private void compile(ProcessInstance p) {
        assertThat(p).isWaitingAt(CycleProcess.TASK_COMPILE_REPORT);
        processes.executeJob(p.getId(), CycleProcess.TASK_COMPILE_REPORT);
        assertThat(p).isWaitingAt(CycleProcess.TASK_APPROVE_REPORT);
    }

    private void decide(ProcessInstance p, String decision) {
        Task approve = processes.engine().getTaskService().createTaskQuery().processInstanceId(p.getId())
                .taskDefinitionKey(CycleProcess.TASK_APPROVE_REPORT).singleResult();
        assertThat(processes.engine().getTaskService().getIdentityLinksForTask(approve.getId()))
                .anyMatch(l -> "CHIEF_EXECUTIVE".equals(l.getGroupId()));
        processes.engine().getTaskService().complete(approve.getId(), Map.of(CycleProcess.VAR_DECISION, decision));
    }

    private JavaDelegate step(String name) {
        return execution -> steps.add(name + " " + execution.getVariable(CycleProcess.VAR_CYCLE_ID));
    }

    /** Stands in for CycleProgress: whether every return of the cycle (and every reopened one) is accepted. */
    public static final class CycleProgressDouble {
        boolean accepted;

        public boolean allAccepted(long cycleId) {
            return accepted;
        }

        public boolean reopenedAcceptedAgain(long cycleId) {
            return accepted;
        }
    }

    /** Stands in for CycleService: the cycle's compilation date. */
    public static final class CyclesDouble {
        public Date compilationDate(long cycleId) {
            return Date.from(COMPILATION);
        }
    }

    /** Stands in for the settings bean the cycle's steps read their retry cycle from. */
    public record RetryCycle(String retryCycle) {
        public String getRetryCycle() {
            return retryCycle;
        }
    }
}
