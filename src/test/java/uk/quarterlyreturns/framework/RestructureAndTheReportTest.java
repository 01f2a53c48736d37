package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;

/**
 * A restructure moves Highways' only measure to a new service while Housing's return is accepted: Highways' return is
 * withdrawn and the new service's issued. The withdrawal told the cycle that every return was accepted before the new
 * one was issued, and the report compiled without it. Once the report has begun compiling, such a change is refused
 * instead: the report reads the returns as they stood. Years 6203-04 and 6204-05.
 */
class RestructureAndTheReportTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme\n";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired FrameworkRemoval removal;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ReturnRepository returns;
    @Autowired CycleRepository cycles;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TransactionTemplate transactions;

    @Test
    void theCycleWaitsForTheReturnARestructureIssuesAsItWithdrawsAnother() {
        String year = "6203-04";
        ServiceReturn housing = AcceptedReturn.housing(context, year);
        long cycleId = housing.cycleId();
        try {
            imports.importMeasures(year, AcceptedReturn.csv(framework("Parks 6203")));

            assertThat(returnOf(cycleId, "Highways and Streetscene").status()).isEqualTo(ReturnStatus.WITHDRAWN);
            assertThat(returnOf(cycleId, "Parks 6203").status()).isEqualTo(ReturnStatus.NOT_STARTED);
            String instance = cycleInstance(cycleId);
            assertThat(runtime.createEventSubscriptionQuery().processInstanceId(instance)
                    .eventName(CycleProcess.MESSAGE_ALL_ACCEPTED).count()).as("still waiting for its returns")
                    .isEqualTo(1);
            assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.OPEN);
        } finally {
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    @Test
    void aChangeThatWouldWithdrawOrIssueAReturnIsRefusedOnceTheReportHasBegunCompiling() {
        String year = "6204-05";
        long cycleId = AcceptedReturn.issued(context, year).get(0).cycleId();
        String instance = cycleInstance(cycleId);
        Await.until("the compilation timer set", Duration.ofSeconds(60), () -> timer(instance) != null);
        // fired, its compilation held where it waits its turn
        transactions.executeWithoutResult(tx -> {
            management.executeJob(timer(instance).getId());
            management.createJobQuery().processInstanceId(instance).activityId(CycleProcess.TASK_COMPILE_REPORT)
                    .list().forEach(j -> management.suspendJobById(j.getId()));
        });
        String refusal = "The Q2 6204/05 report has begun compiling from the quarter's returns as they stood and is not"
                + " yet published: this change would withdraw the return of Highways and Streetscene and issue a"
                + " return to Parks 6204. Make it once the Q2 6204/05 report is published; that quarter's returns"
                + " then stay as they are.";
        try {
            assertThatThrownBy(() -> imports.importMeasures(year, AcceptedReturn.csv(framework("Parks 6204"))))
                    .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                            .extracting(ImportError::message).containsExactly(refusal));
            ResponseEntity<String> api = new Api(url(""), "perf", "demo").putCsv("/api/years/" + year
                    + "/framework", framework("Parks 6204"));
            assertThat(api.getStatusCode().value()).isEqualTo(400);
            assertThat(api.getBody()).contains(refusal);
            assertThatThrownBy(() -> removal.removeMeasure(years.find(year).orElseThrow(), "RH-2", "perf"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("this change would withdraw the"
                            + " return of Highways and Streetscene. Make it once");

            long yearId = years.find(year).orElseThrow().id();
            assertThat(measures.find(yearId, "RH-2").orElseThrow().definition().service())
                    .as("nothing changed").isEqualTo("Highways and Streetscene");
            assertThat(returns.forCycle(cycleId)).extracting(ServiceReturn::serviceName, ServiceReturn::status)
                    .containsExactlyInAnyOrder(tuple("Housing", ReturnStatus.NOT_STARTED),
                            tuple("Highways and Streetscene", ReturnStatus.NOT_STARTED));
        } finally {
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    /** AcceptedReturn's framework with RH-2 in the service named. */
    private static String framework(String rh2Service) {
        return HEADER + "RH-1,Repairs on time,Economy and Infrastructure,Housing,Ambitious,PERCENT,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,80,,10,TOLERANCE\n"
                + "RH-2,Potholes awaiting repair,Economy and Infrastructure," + rh2Service + ",Ambitious,COUNT,"
                + "LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE\n";
    }

    private ServiceReturn returnOf(long cycleId, String service) {
        List<ServiceReturn> all = returns.forCycle(cycleId);
        return all.stream().filter(r -> r.serviceName().equals(service)).findFirst().orElseThrow();
    }

    private String cycleInstance(long cycleId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .singleResult().getId();
    }

    private Job timer(String instance) {
        return management.createJobQuery().processInstanceId(instance)
                .activityId(CycleProcess.TIMER_COMPILATION_DATE).timers().singleResult();
    }
}
