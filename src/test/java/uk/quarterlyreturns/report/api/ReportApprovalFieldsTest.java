package uk.quarterlyreturns.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The report's JSON says at its top who approved a version and when (null until approved), and why a later version
 * replaces the last (its change note, null for the first): a caller need not dig them out of the cover. Year 4103-04.
 */
class ReportApprovalFieldsTest extends ApplicationTest {

    private static final String REPORT = "/api/years/4103-04/quarters/2/report";

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired ReportVersions versions;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;
    @Autowired ObjectMapper json;

    @Test
    void theApproverTheApprovalTimeAndTheChangeNoteArePlainFields() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4103);
        long cycleId = scenario.cycle.id();
        Api perf = new Api(url(""), "perf", "demo");
        try {
            scenario.completeAndAccept();
            awaitDecision(cycleId);
            JsonNode awaiting = read(perf, REPORT);
            assertThat(awaiting.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
            assertThat(awaiting.has("approvedBy") && awaiting.get("approvedBy").isNull()).isTrue();
            assertThat(awaiting.has("approvedAt") && awaiting.get("approvedAt").isNull()).isTrue();
            assertThat(awaiting.has("changeNote") && awaiting.get("changeNote").isNull()).as("the first version")
                    .isTrue();

            approval.approve(cycleId, "ceo");
            awaitStatus(cycleId, CycleStatus.PUBLISHED);
            JsonNode published = read(new Api(url(""), "reader", "demo"), REPORT);
            assertThat(published.get("approvedBy").asText()).isEqualTo("ceo");
            assertThat(published.get("approvedAt").asText())
                    .isEqualTo(versions.find(cycleId, 1).orElseThrow().decidedAt().toString());

            workflow.reopen(scenario.housing.id(), "perf", "HF-1 corrected after an audit of repairs data");
            scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
            scenario.completeAndAccept();
            Await.until("version 2 awaiting a decision", ReturnScenario.WAIT,
                    () -> versions.latest(cycleId).orElseThrow().version() == 2 && approval.decisionStep(cycleId)
                            .isPresent());
            JsonNode second = read(perf, REPORT);
            assertThat(second.get("version").asInt()).isEqualTo(2);
            assertThat(second.get("changeNote").asText()).isEqualTo("HF-1 corrected after an audit of repairs data");
            assertThat(second.get("approvedBy").isNull()).as("not yet approved").isTrue();
            assertThat(read(perf, REPORT + "?version=1").get("approvedBy").asText()).isEqualTo("ceo");
        } finally {
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    private JsonNode read(Api api, String path) throws Exception {
        var answer = api.get(path);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private void awaitDecision(long cycleId) {
        Await.until("the report awaiting a decision", ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL
                        && approval.decisionStep(cycleId).isPresent());
    }

    private void awaitStatus(long cycleId, CycleStatus status) {
        Await.until("the cycle " + status.label().toLowerCase(), ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == status);
    }
}
