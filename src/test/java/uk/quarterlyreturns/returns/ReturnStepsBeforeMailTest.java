package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.mail.MailDeliveryProcess;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * Opening a cycle queues a step for every return and, from each, a notice to deliver. The engine takes jobs by
 * priority, and a return's or a cycle's steps outrank mail deliveries: every return is issued before the notices
 * go out, and a backlog of mail to deliver never queues ahead of a return's step.
 */
class ReturnStepsBeforeMailTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ProcessEngine engine;
    @Autowired HistoryService history;
    @Autowired MailOutbox outbox;

    @Test
    void theEngineTakesJobsByPriority() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .isJobExecutorAcquireByPriority()).isTrue();
    }

    @Test
    void aReturnsAndItsCyclesStepsOutrankTheDeliveryOfItsNotice() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2461);
        long cycleStep = createdPriority(CycleProcess.PROCESS_ID, CycleProcess.businessKey(scenario.cycle.id()));
        long returnStep = createdPriority(ReturnProcess.PROCESS_ID, ReturnProcess.businessKey(scenario.housing.id()));

        Await.until("the return's notice recorded", TestMailServer.DELIVERY,
                () -> !outbox.forReturn(scenario.housing.id()).isEmpty());
        OutboxEntry notice = outbox.forReturn(scenario.housing.id()).get(0);
        long mailStep = createdPriority(MailDeliveryProcess.PROCESS_ID, notice.key());

        assertThat(returnStep).as("a return's step against a delivery").isGreaterThan(mailStep);
        assertThat(cycleStep).as("a cycle's step against a delivery").isGreaterThan(mailStep);
    }

    /** The priority the first job of the process instance with this business key was created with. */
    private long createdPriority(String process, String businessKey) {
        String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(process)
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        List<HistoricJobLog> created = history.createHistoricJobLogQuery().processInstanceId(instance).creationLog()
                .orderByTimestamp().asc().list();
        assertThat(created).as("jobs created by " + process).isNotEmpty();
        return created.get(0).getJobPriority();
    }
}
