package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Cockpit;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.WebSession;
import uk.quarterlyreturns.cycle.CycleProcess;

/**
 * The engine's REST API as an administrator (or a page an administrator's browser visits) would use it
 * to get round the application's checks: each attack is a call Camunda would carry out, and is refused.
 * A Housing return waits at sign-off throughout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestBackDoorTest extends ApplicationTest {

    private static final String EVIL = "http://evil.example";

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;

    private ReturnScenario scenario;
    private String instance;
    private String signOff;
    private String chaseJob;
    private String deployment;

    @BeforeAll
    void aReturnWaitsAtSignOff() throws Exception {
        scenario = ReturnScenario.open(context, 2401);
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        context.getBean(ReturnWorkflow.class).submit(scenario.housing.id(), "data.housing");
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ReturnProcess.businessKey(scenario.housing.id())).singleResult();
        instance = process.getId();
        deployment = repository.getProcessDefinition(process.getProcessDefinitionId()).getDeploymentId();
        signOff = signOffTask().getId();
        // submission ends the return's chasing, so the job to run or retry is the cycle's compilation timer
        String cycleInstance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CycleProcess.businessKey(scenario.cycle.id())).singleResult().getId();
        chaseJob = management.createJobQuery().processInstanceId(cycleInstance).timers().list().get(0).getId();
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("completingTheSignOffTask", "POST", "/task/{task}/complete", "{}"),
                Arguments.of("submittingTheSignOffTasksForm", "POST", "/task/{task}/submit-form", "{}"),
                Arguments.of("resolvingTheSignOffTask", "POST", "/task/{task}/resolve", "{}"),
                Arguments.of("claimingTheSignOffTask", "POST", "/task/{task}/claim", "{\"userId\":\"admin\"}"),
                Arguments.of("handingTheSignOffTaskToSomeoneElse", "POST", "/task/{task}/assignee",
                        "{\"userId\":\"admin\"}"),
                Arguments.of("writingAProcessVariable", "PUT", "/process-instance/{instance}/variables/decision",
                        "{\"value\":\"ACCEPTED\",\"type\":\"String\"}"),
                Arguments.of("modifyingProcessVariables", "POST", "/process-instance/{instance}/variables",
                        "{\"modifications\":{\"decision\":{\"value\":\"ACCEPTED\",\"type\":\"String\"}}}"),
                Arguments.of("writingAnExecutionVariable", "PUT", "/execution/{instance}/localVariables/decision",
                        "{\"value\":\"ACCEPTED\",\"type\":\"String\"}"),
                Arguments.of("writingATaskVariable", "PUT", "/task/{task}/variables/decision",
                        "{\"value\":\"ACCEPTED\",\"type\":\"String\"}"),
                Arguments.of("migratingTheProcessInstance", "POST", "/migration/execute",
                        "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\"x\",\"targetProcessDefinitionId\":\"x\","
                                + "\"instructions\":[]},\"processInstanceIds\":[\"{instance}\"]}"),
                Arguments.of("correlatingAMessage", "POST", "/message", "{\"messageName\":\"anything\"}"),
                Arguments.of("throwingASignal", "POST", "/signal", "{\"name\":\"anything\"}"),
                Arguments.of("startingAReturnProcess", "POST", "/process-definition/key/serviceReturn/start",
                        "{\"variables\":{\"returnId\":{\"value\":" + Long.MAX_VALUE + ",\"type\":\"Long\"}}}"),
                Arguments.of("suspendingTheProcessInstance", "PUT", "/process-instance/{instance}/suspended",
                        "{\"suspended\":true}"),
                Arguments.of("deletingTheProcessInstance", "DELETE", "/process-instance/{instance}", null),
                Arguments.of("deletingProcessInstancesInBulk", "POST", "/process-instance/delete",
                        "{\"processInstanceIds\":[\"{instance}\"],\"deleteReason\":\"x\"}"),
                Arguments.of("deletingTheDeploymentWithItsInstances", "DELETE", "/deployment/{deployment}?cascade=true",
                        null),
                Arguments.of("redeployingADeployment", "POST", "/deployment/{deployment}/redeploy", "{}"),
                Arguments.of("changingTheChaseTimersDueDate", "PUT", "/job/{job}/duedate",
                        "{\"duedate\":\"2000-01-01T00:00:00.000+0000\"}"),
                Arguments.of("creatingACamundaUser", "POST", "/user/create",
                        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}"),
                Arguments.of("smugglingAWriteThroughAMethodOverride", "POST", "/process-instance/count?override", "{}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void anEngineWriteThatBypassesTheChecksIsRefused(String attack, String method, String route, String body) {
        String path = fill(route).replace("?override", "");
        Map<String, String> headers = route.endsWith("?override") ? Map.of("X-HTTP-Method-Override", "DELETE")
                : Map.of();
        for (String prefix : new String[] {"/engine-rest", "/engine-rest/engine/default"}) {
            HttpResponse<String> answer = asAdmin(method, prefix + path, headers, body == null ? null : fill(body));
            assertThat(answer.statusCode()).as(attack + " at " + prefix + path + ": " + answer.body()).isEqualTo(403);
            assertThat(answer.body()).contains("read-only");
        }
        assertNothingMoved();
    }

    @Test
    void movingAReturnPastSignOffByProcessInstanceModificationIsRefused() {
        String modification = "{\"skipCustomListeners\":true,\"skipIoMappings\":true,\"instructions\":["
                + "{\"type\":\"cancel\",\"activityId\":\"" + ReturnProcess.TASK_SIGN_OFF + "\"},"
                + "{\"type\":\"startAfterActivity\",\"activityId\":\"" + ReturnProcess.TASK_SIGN_OFF + "\"}]}";
        String path = "/process-instance/" + instance + "/modification";
        assertThat(asAdmin("POST", "/engine-rest" + path, Map.of(), modification).statusCode()).isEqualTo(403);
        assertThat(asAdmin("POST", "/engine-rest/engine/default" + path, Map.of(), modification).statusCode())
                .isEqualTo(403);

        // The same call as Cockpit would make it, from the administrator's signed-in browser.
        WebSession cockpit = cockpitSession();
        HttpResponse<String> fromCockpit = cockpit.send("POST", "/camunda/api/engine/engine/default" + path,
                cockpitHeaders(cockpit, url("")), modification);
        assertThat(fromCockpit.statusCode()).as(fromCockpit.body()).isEqualTo(403);
        assertNothingMoved();
    }

    @Test
    void deployingABpmnThatCallsTheApplicationsBeansIsRefused() throws Exception {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="x">
                  <process id="backDoor" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="run"/>
                    <serviceTask id="run" camunda:expression="${jdbcClient.sql('update service_return set status = ''ACCEPTED''').update()}"/>
                    <sequenceFlow id="f2" sourceRef="run" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """;
        String boundary = "backdoorboundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "backDoor\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; "
                + "filename=\"backDoor.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--"
                + boundary + "--\r\n";
        HttpResponse<String> answer = asAdmin("POST", "/engine-rest/deployment/create",
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), multipart);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().deploymentName("backDoor").count()).isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("backDoor").count()).isZero();
    }

    @Test
    void anOperatorStillReadsAndRetriesJobs() {
        assertThat(asAdmin("GET", "/engine-rest/process-instance?businessKey="
                + ReturnProcess.businessKey(scenario.housing.id()), Map.of(), null).body()).contains(instance);
        HttpResponse<String> query = asAdmin("POST", "/engine-rest/task", Map.of("Content-Type", "application/json"),
                "{\"processInstanceId\":\"" + instance + "\"}");
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.body()).contains(signOff);
        assertThat(asAdmin("POST", "/engine-rest/history/activity-instance/count",
                Map.of("Content-Type", "application/json"), "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> retries = asAdmin("PUT", "/engine-rest/job/" + chaseJob + "/retries",
                Map.of("Content-Type", "application/json"), "{\"retries\":3}");
        assertThat(retries.statusCode()).as(retries.body()).isEqualTo(204);
        // Running a job passes the gate: here the job does not exist, so Camunda itself answers 404.
        assertThat(asAdmin("POST", "/engine-rest/job/no-such-job/execute", Map.of(), null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aCrossSiteFormPostedWithAnAdministratorsRememberedPasswordIsRefused() {
        String path = "/engine-rest/job/" + chaseJob + "/retries";
        for (Map<String, String> crossSite : java.util.List.of(Map.of("Origin", EVIL),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Referer", EVIL + "/page.html"))) {
            Map<String, String> headers = new LinkedHashMap<>(crossSite);
            headers.put("Content-Type", "application/json");
            HttpResponse<String> answer = asAdmin("PUT", path, headers, "{\"retries\":3}");
            assertThat(answer.statusCode()).as(crossSite.toString()).isEqualTo(403);
            assertThat(answer.body()).contains(SameOriginWrites.MESSAGE);
        }
        assertThat(asAdmin("PUT", path, Map.of("Origin", url(""), "Content-Type", "application/json"),
                "{\"retries\":3}").statusCode()).isEqualTo(204);

        // The API's imports too: a foreign page cannot feed values with a remembered password.
        HttpResponse<String> feed = asUser("perf", "PUT", "/api/years/" + scenario.year + "/quarters/2/values",
                Map.of("Origin", EVIL, "Content-Type", "text/csv"), "code,value\nHF-1,1\n");
        assertThat(feed.statusCode()).isEqualTo(403);
        assertThat(feed.body()).as("the API's one error shape").contains("\"errors\":[{\"row\":null,\"column\":null,"
                + "\"message\":\"" + SameOriginWrites.MESSAGE + "\"}]");
    }

    @Test
    void aSignedInBrowserMustSayItsCallComesFromOurOwnPages() {
        WebSession cockpit = cockpitSession();
        String query = "/camunda/api/engine/engine/default/task/count";
        Map<String, String> noOrigin = new LinkedHashMap<>(cockpitHeaders(cockpit, null));
        HttpResponse<String> unsaid = cockpit.send("POST", query, noOrigin, "{}");
        assertThat(unsaid.statusCode()).as(unsaid.body()).isEqualTo(403);
        HttpResponse<String> foreign = cockpit.send("POST", query, cockpitHeaders(cockpit, EVIL), "{}");
        assertThat(foreign.statusCode()).isEqualTo(403);
        HttpResponse<String> own = cockpit.send("POST", query, cockpitHeaders(cockpit, url("")), "{}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    }

    private void assertNothingMoved() {
        Task task = signOffTask();
        assertThat(task).as("the sign-off task is still open").isNotNull();
        assertThat(task.getId()).isEqualTo(signOff);
        assertThat(task.getAssignee()).isNull();
        assertThat(task.isSuspended()).isFalse();
        assertThat(runtime.getVariable(instance, ReturnProcess.VAR_DECISION)).isNull();
        assertThat(repository.createDeploymentQuery().deploymentId(deployment).count()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReturnProcess.PROCESS_ID)
                .variableValueEquals(ReturnProcess.VAR_RETURN_ID, Long.MAX_VALUE).count()).isZero();
        assertThat(management.createJobQuery().jobId(chaseJob).singleResult().getDuedate()).isAfter("2001-01-01");
        assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
    }

    private Task signOffTask() {
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(ReturnProcess.TASK_SIGN_OFF)
                .singleResult();
    }

    private String fill(String text) {
        return text.replace("{instance}", instance).replace("{task}", signOff).replace("{job}", chaseJob)
                .replace("{deployment}", deployment);
    }

    private WebSession cockpitSession() {
        return Cockpit.signedIn(url(""), engine, "admin");
    }

    private static Map<String, String> cockpitHeaders(WebSession session, String origin) {
        return Cockpit.headers(session, origin);
    }

    private HttpResponse<String> asAdmin(String method, String path, Map<String, String> headers, String body) {
        return asUser("admin", method, path, headers, body);
    }

    private HttpResponse<String> asUser(String user, String method, String path, Map<String, String> headers,
            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
