package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.cycle.CycleScenario.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.HighlightLine;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportStatus;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnNotReadyException;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A return the published report prints as submitted which cannot be signed off as it stands: sent back with a reason,
 * it is reopened for correction, and the next version prints what it lacked. Years 7531 and 7532.
 */
class SendingBackAReturnThePublishedReportPrintsTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired HighlightReports highlights;
    @Autowired ReportApproval approval;
    @Autowired ReportVersions versions;
    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired KeyActionRepository actions;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private CycleScenario scenario;

    @AfterEach
    void end() {
        CycleScenario.end(scenario);
    }

    /**
     * Housing is asked for a highlight report after submitting, so version 1 prints it missing. Its director could
     * neither sign the return off without one, nor write one, nor send the return back: stuck for good. Sent back with
     * a reason, it is reopened for correction, and version 2 prints the highlight report.
     */
    @Test
    void aHighlightReportThePublishedReportPrintedMissingIsGivenByACorrection() throws Exception {
        scenario = CycleScenario.of(context, 7531).open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.housingSubmitted(workflow);
        highlights.setWanted(scenario.cycle.id(), housing.serviceId(), true, "perf");
        // new cycles start from the latest choice, and every test's year shares the service: only this one asks
        jdbc.sql("update service set highlight_report = false where id = :s").param("s", housing.serviceId()).update();
        at(7531, 8, 1, 9, 5);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        approval.approve(scenario.cycle.id(), "ceo");
        scenario.await("version 1 published", () -> scenario.status() == CycleStatus.PUBLISHED);
        assertThat(highlightOf(1).missing()).isNotNull();

        at(7531, 8, 5, 10, 0);
        assertThatThrownBy(() -> workflow.signOff(housing.id(), "dir.housing"))
                .isInstanceOf(ReturnNotReadyException.class);
        assertThatThrownBy(() -> highlights.save(housing.id(), "dir.housing", null,
                new Highlight("Voids backlog", "Fewer complaints", "Repairs on track")))
                .isInstanceOf(IllegalStateException.class).hasMessage(REFUSED);
        assertThat(workflow.sendingBackCorrects(scenario.reload(housing))).isTrue();
        workflow.sendBackToService(housing.id(), "dir.housing", "Housing's highlight report was asked for late");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.REOPENED);

        highlights.save(housing.id(), "dir.housing", null,
                new Highlight("Voids backlog", "Fewer complaints", "Repairs on track"));
        scenario.signedOffAndAccepted(workflow, housing);
        publishedVersion2("Housing's highlight report was asked for late");
        HighlightLine printed = highlightOf(2);
        assertThat(printed.missing()).isNull();
        assertThat(printed.currentIssues()).isEqualTo("Voids backlog");
    }

    /**
     * A key action added to Housing after version 1 was published is owed a status its submitted return never gave,
     * so the return cannot be signed off. Sent back, it is corrected, and version 2 prints the status.
     */
    @Test
    void aKeyActionAddedAfterPublicationDoesNotHoldUpTheReturnItPrinted() throws Exception {
        // reported from the next quarter (docs/years.md), so the printed return is signed off as it stands
        scenario = CycleScenario.of(context, 7532).open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.housingPublishedAsSubmitted(workflow, approval);
        at(7532, 8, 5, 10, 0);
        imports.importKeyActions(scenario.year, TabularFile.read(("code,title,directorate,service,theme\n"
                + "HA-1,Let empty homes,Economy and Infrastructure,Housing,Ambitious\n")
                .getBytes(StandardCharsets.UTF_8), "actions.csv"));
        long ha1 = actions.find(years.find(scenario.year).orElseThrow().id(), "HA-1").orElseThrow().id();
        assertThatThrownBy(() -> editing.saveKeyAction(housing.id(), ha1, null,
                new ActionEntry(Rag.GREEN, "Ten let", null, null), "dir.housing"))
                .isInstanceOf(IllegalStateException.class);

        workflow.signOff(housing.id(), "dir.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(housing.id(), "perf");
        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.ACCEPTED);
    }

    private static final String REFUSED = "The published report prints Housing's return as submitted, so the return"
            + " cannot be changed now: send it back with a reason to correct it, and the correction will be published"
            + " as the next version.";

    private void publishedVersion2(String note) {
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        ReportVersion second = versions.latest(scenario.cycle.id()).orElseThrow();
        assertThat(second.version() + ": " + second.changeNote()).isEqualTo("2: " + note);
        approval.approve(scenario.cycle.id(), "ceo");
        scenario.await("version 2 published", () -> versions.latest(scenario.cycle.id()).orElseThrow().status()
                == ReportStatus.APPROVED);
    }

    private HighlightLine highlightOf(int version) throws Exception {
        return report(version).highlights().stream().filter(h -> h.service().equals("Housing")).findFirst()
                .orElseThrow();
    }

    private ReportInput report(int version) throws Exception {
        long id = versions.forCycle(scenario.cycle.id()).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow().id();
        return json.readValue(versions.inputJson(id), ReportInput.class);
    }
}
