package uk.quarterlyreturns.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Housing's Q2 return submitted, signed off and accepted in a year of the test's own, while Highways' return is still
 * out: the cycle stays collecting, where an accepted return may be reopened. RH-1 is Housing's measure (85), RH-2
 * Highways' (a count, lower is better, target 100).
 */
public final class AcceptedReturn {

    private AcceptedReturn() {
    }

    public static ServiceReturn housing(ApplicationContext context, String year) {
        return housing(context, year, () -> { });
    }

    /** The same, doing this to the return (say, giving it a key action) while it is still with the service. */
    public static ServiceReturn housing(ApplicationContext context, String year, Runnable beforeSubmitting) {
        ServiceReturn housing = issued(context, year).stream().filter(r -> r.serviceName().equals("Housing"))
                .findFirst().orElseThrow();
        ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
        awaitStep(context, housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        context.getBean(FigureImport.class).importValues(year, 2, csv("code,value\nRH-1,85\n"), "perf");
        beforeSubmitting.run();
        workflow.submit(housing.id(), "data.housing");
        awaitStep(context, housing.id(), ReturnProcess.TASK_SIGN_OFF);
        workflow.signOff(housing.id(), "dir.housing");
        awaitStep(context, housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(housing.id(), "perf");
        return housing;
    }

    /** The year's Q2 cycle open with Housing's (RH-1) and Highways' (RH-2) returns issued, nothing in either. */
    public static List<ServiceReturn> issued(ApplicationContext context, String year) {
        context.getBean(FrameworkImport.class).importMeasures(year, csv("code,title,directorate,service,theme,unit,"
                + "polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "RH-1,Repairs on time,Economy and Infrastructure,Housing,Ambitious,PERCENT,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,80,,10,TOLERANCE\n"
                + "RH-2,Potholes awaiting repair,Economy and Infrastructure,Highways and Streetscene,Ambitious,COUNT,"
                + "LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE\n"));
        Instant now = Instant.now();
        long cycle = context.getBean(CycleService.class).open(year, 2, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), ChasePolicy.DEFAULT, "perf").id();
        ReturnRepository returns = context.getBean(ReturnRepository.class);
        Await.until("both returns issued", ReturnScenario.WAIT, () -> returns.forCycle(cycle).size() == 2);
        return returns.forCycle(cycle);
    }

    /** Waits until the return's process has reached the step with this task key. */
    public static void awaitStep(ApplicationContext context, long returnId, String step) {
        TaskService tasks = context.getBean(TaskService.class);
        Await.until("the return at " + step, ReturnScenario.WAIT, () -> tasks.createTaskQuery()
                .processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId).taskDefinitionKey(step).active()
                .count() == 1);
    }

    public static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
