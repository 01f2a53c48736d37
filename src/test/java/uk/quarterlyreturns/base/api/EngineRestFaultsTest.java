package uk.quarterlyreturns.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.BadSqlGrammarException;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Cockpit;
import uk.quarterlyreturns.support.WebSession;

/**
 * A failure on the server behind the engine REST (a process delegate's database error, run by an administrator's
 * "run this job now"; a query the database refuses) is answered with a reference to quote, as from our own API,
 * never the SQL. A refusal of the request keeps Camunda's own words.
 */
class EngineRestFaultsTest extends ApplicationTest {

    private static final String REFERENCE = "Something went wrong on the server\\. If it keeps happening, tell the"
            + " administrator the reference [0-9a-f]{8}";

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired ProcessEngine engine;

    @Test
    void aDelegatesDatabaseErrorIsAnsweredWithAReferenceNotItsSql() throws Exception {
        String deployment = failingStepDeployed();
        try {
            HttpResponse<String> answer = asAdmin("POST", "/engine-rest/job/" + failingJob() + "/execute");

            assertReference(answer);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    /** Cockpit and Tasklist reach the engine through the webapps' own copy of its REST API, with the same faults. */
    @Test
    void cockpitsEngineApiAnswersAFailureWithAReferenceToo() throws Exception {
        WebSession cockpit = Cockpit.signedIn(url(""), engine, "admin");
        String deployment = failingStepDeployed();
        try {
            // an operator's "run this job now", as Cockpit's page sends it
            HttpResponse<String> answer = cockpit.send("POST", "/camunda/api/engine/engine/default/job/"
                    + failingJob() + "/execute", Cockpit.headers(cockpit, url("")), "{}");

            assertReference(answer);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
        assertReference(cockpit.get("/camunda/api/engine/engine/default/task?name=%00"));
        HttpResponse<String> refusal = cockpit.get("/camunda/api/engine/engine/default/task?sortBy=nothing"
                + "&sortOrder=asc");
        assertThat(refusal.statusCode()).isEqualTo(400);
        assertThat(refusal.body()).contains("sortBy");
    }

    /**
     * A process waiting on a timer far ahead of the engine's clock (wherever earlier tests left it: a fixed date could
     * already have passed), so that only the administrator's call runs the failing step.
     */
    private String failingStepDeployed() {
        return repository.createDeployment().addModelInstance("engine-rest-fault.bpmn",
                Bpmn.createExecutableProcess("engineRestFault").startEvent().intermediateCatchEvent()
                        .timerWithDuration("P100Y").serviceTask().camundaClass(FailingStep.class.getName())
                        .endEvent().done()).deploy().getId();
    }

    /**
     * The failing step's job, as an operator may run it now: its time has come, and with no retries left the job
     * executor leaves it to them (a timer still waiting for its time is not run early: JobRunEarlyTest).
     */
    private String failingJob() {
        String processId = runtime.startProcessInstanceByKey("engineRestFault").getId();
        String job = management.createJobQuery().processInstanceId(processId).singleResult().getId();
        management.setJobRetries(job, 0);
        management.setJobDuedate(job, Date.from(Instant.now().minus(Duration.ofHours(1))));
        return job;
    }

    private static void assertReference(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
        assertThat(answer.body()).doesNotContainIgnoringCase("select").doesNotContain("secret", "no_such_table",
                "SQL");
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(body.get("message").asText()).matches(REFERENCE);
        assertThat(body.has("type")).as("Camunda's error shape, which its clients and Cockpit read").isTrue();
    }

    @Test
    void aQueryTheDatabaseRefusesIsAReferenceAndARefusalKeepsCamundasWords() throws Exception {
        HttpResponse<String> answer = asAdmin("GET", "/engine-rest/task?name=%00");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
        assertThat(new ObjectMapper().readTree(answer.body()).get("message").asText()).matches(REFERENCE);

        HttpResponse<String> refusal = asAdmin("GET", "/engine-rest/task?sortBy=nothing&sortOrder=asc");
        assertThat(refusal.statusCode()).isEqualTo(400);
        assertThat(refusal.body()).contains("sortBy");
    }

    /** A step failing as one of ours would on a database error: Spring's exception names the SQL. */
    public static class FailingStep implements JavaDelegate {

        @Override
        public void execute(DelegateExecution execution) {
            throw new BadSqlGrammarException("StatementCallback", "select secret from no_such_table",
                    new SQLException("ERROR: relation \"no_such_table\" does not exist", "42P01"));
        }
    }

    private HttpResponse<String> asAdmin(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
