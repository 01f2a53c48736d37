package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** A return reopened for correction tells the service, on the return itself, what is to be corrected. */
class ReopenedReturnTest extends ViewTest {

    private static final String YEAR = "2745-46";

    @Autowired
    FrameworkImport imports;
    @Autowired
    FigureImport figures;
    @Autowired
    CycleService cycles;
    @Autowired
    ReturnRepository returns;
    @Autowired
    ReturnWorkflow workflow;
    @Autowired
    TaskService tasks;

    @Test
    void theServiceOpeningAReopenedReturnReadsWhyItWasReopened() throws Exception {
        // Two services, so that accepting Housing's return leaves the cycle collecting, where it may be reopened.
        imports.importMeasures(YEAR, csv("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
                + "target,floor,tolerance_pct,rag_scheme\n"
                + "RH-1,Repairs on time,Economy and Infrastructure,Housing,Ambitious,PERCENT,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,80,,10,TOLERANCE\n"
                + "RH-2,Potholes awaiting repair,Economy and Infrastructure,Highways and Streetscene,Ambitious,COUNT,"
                + "LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE\n"));
        Instant now = Instant.now();
        long cycle = cycles.open(YEAR, 2, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                ChasePolicy.DEFAULT, "perf").id();
        Await.until("both returns issued", ReturnScenario.WAIT, () -> returns.forCycle(cycle).size() == 2);
        ServiceReturn housing = returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals("Housing"))
                .findFirst().orElseThrow();
        awaitStep(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        figures.importValues(YEAR, 2, csv("code,value\nRH-1,85\n"), "perf");
        workflow.submit(housing.id(), "data.housing");
        awaitStep(housing.id(), ReturnProcess.TASK_SIGN_OFF);
        workflow.signOff(housing.id(), "dir.housing");
        awaitStep(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(housing.id(), "perf");

        workflow.reopen(housing.id(), "perf", "RH-1 counted jobs finished after the quarter end: recount them");

        assertThat(returns.find(housing.id()).orElseThrow().status()).isEqualTo(ReturnStatus.REOPENED);
        signIn("data.housing");
        open(ReturnView.path(housing.id()));
        assertThat(_get(ReturnHeader.class).getElement().getTextRecursively())
                .contains("Reopened for correction: RH-1 counted jobs finished after the quarter end: recount them");
    }

    private void awaitStep(long returnId, String step) {
        Await.until("the return at " + step, ReturnScenario.WAIT, () -> tasks.createTaskQuery()
                .processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId).taskDefinitionKey(step).active()
                .count() == 1);
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
