package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;

/** An accepted return reopened for correction is mailed to the service with the reason, as a send-back is. */
class ReopenedReturnMailTest extends ApplicationTest {

    private static final String YEAR = "2763-64";
    private static final String REASON = "RH-1 counted jobs finished after the quarter end: recount them";

    @Autowired FrameworkImport imports;
    @Autowired FigureImport figures;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired TaskService tasks;

    @Test
    void theServicesDirectorAndDataOfficersAreToldWhyTheirReturnWasReopened() throws Exception {
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

        workflow.reopen(housing.id(), "perf", REASON);

        for (String address : List.of("data.housing@demo.council.test", "dir.housing@demo.council.test")) {
            Await.until("the reopening mailed to " + address, ReturnScenario.WAIT,
                    () -> !reopenedMailTo(address).isEmpty());
            assertThat(reopenedMailTo(address)).singleElement()
                    .satisfies(m -> assertThat(body(m)).contains(REASON).contains("/returns/" + housing.id()));
        }
    }

    private static List<MimeMessage> reopenedMailTo(String address) {
        return TestMailServer.received().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address)
                        && m.getSubject().contains("Housing's Quarter 2 2763/64") && m.getSubject().contains("back");
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static String body(MimeMessage message) {
        try {
            return new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
