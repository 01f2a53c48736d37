package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Running a job now is an operator's repair of one that failed or is overdue. Run before its time, the cycle's
 * compilation timer would compile the report weeks early, with every return not yet in printed as Missing, and send
 * it to the chief executive for approval: something nobody may do in Quarterly Returns, done by an administrator.
 */
class JobRunEarlyTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired CycleRepository cycles;

    @Test
    void theCompilationTimerIsNotRunBeforeItsTimeThroughTheEngineApiButAFailedOrDueJobStillIs() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4164);
        Job compilation = compilationTimer(scenario);
        assertThat(compilation.getDuedate()).as("the compilation date, weeks away").isAfter(new Date());
        String execute = "/engine-rest/job/" + compilation.getId() + "/execute";

        HttpResponse<String> early = asAdmin("POST", execute, null);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(403);
        assertThat(early.body()).contains("only a job that failed or is due");
        // nor by its id written another way, which Camunda reads as the same job
        String encoded = "%" + HexFormat.of().withUpperCase().toHexDigits((byte) compilation.getId().charAt(0))
                + compilation.getId().substring(1);
        assertThat(asAdmin("POST", "/engine-rest/job/" + encoded + "/execute", null).statusCode()).isEqualTo(403);
        // nor by first marking it failed: retries are the operator's to set, a failure is the engine's to record
        assertThat(asAdmin("PUT", "/engine-rest/job/" + compilation.getId() + "/retries", "{\"retries\":0}")
                .statusCode()).isEqualTo(204);
        assertThat(asAdmin("POST", execute, null).statusCode()).isEqualTo(403);
        assertThat(cycles.find(scenario.cycle.id()).orElseThrow().status()).as("nothing compiled")
                .isEqualTo(CycleStatus.OPEN);
        assertThat(management.createJobQuery().jobId(compilation.getId()).count()).isOne();

        // Once its time has come and gone with no retries left (the executor no longer takes it), the operator runs it.
        management.setJobDuedate(compilation.getId(), Date.from(ClockUtil.getCurrentTime().toInstant()
                .minus(Duration.ofHours(1))));
        HttpResponse<String> due = asAdmin("POST", execute, null);
        assertThat(due.statusCode()).as(due.body()).isEqualTo(204);
        assertThat(management.createJobQuery().jobId(compilation.getId()).count()).as("run").isZero();
    }

    /**
     * Setting a job's retries may also set its due date, in Camunda's API: that would make the compilation timer due
     * at once, for the job executor to run it, or for "run now" to pass as due.
     */
    @Test
    void theRetriesOfAJobAreSetThroughTheEngineApiButNotWhenItRuns() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4165);
        Job compilation = compilationTimer(scenario);
        String dueLongAgo = "\"dueDate\":\"2000-01-01T00:00:00.000+0000\"";

        for (String[] call : new String[][] {
                {"PUT", "/engine-rest/job/" + compilation.getId() + "/retries", "{\"retries\":3," + dueLongAgo + "}"},
                {"PUT", "/engine-rest/job/" + compilation.getId() + "/retries", "{\"retries\":3,\"dueDate\":null}"},
                {"PUT", "/engine-rest/job/" + compilation.getId() + "/retries", "{\"retries\":3,\"\\u0064ueDate\":null}"},
                {"POST", "/engine-rest/job/retries", "{\"jobIds\":[\"" + compilation.getId() + "\"],\"retries\":3,"
                        + dueLongAgo + "}"},
                {"PUT", "/engine-rest/job-definition/" + compilation.getJobDefinitionId() + "/retries",
                        "{\"retries\":3," + dueLongAgo + "}"}}) {
            HttpResponse<String> answer = asAdmin(call[0], call[1], call[2]);
            assertThat(answer.statusCode()).as(call[2]).isEqualTo(403);
            assertThat(answer.body()).contains("not when it runs");
        }

        Job now = management.createJobQuery().jobId(compilation.getId()).singleResult();
        assertThat(now.getDuedate()).isEqualTo(compilation.getDuedate());
        assertThat(asAdmin("PUT", "/engine-rest/job/" + compilation.getId() + "/retries", "{\"retries\":3}")
                .statusCode()).as("the retries alone").isEqualTo(204);
        assertThat(management.createJobQuery().jobId(compilation.getId()).singleResult().getDuedate())
                .isEqualTo(compilation.getDuedate());
        assertThat(cycles.find(scenario.cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.OPEN);
    }

    /** The cycle's one timer while its returns are collected: the compilation date. */
    private Job compilationTimer(ReturnScenario scenario) {
        String cycleInstance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CycleProcess.businessKey(scenario.cycle.id())).singleResult().getId();
        return management.createJobQuery().processInstanceId(cycleInstance).timers().singleResult();
    }

    private HttpResponse<String> asAdmin(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
