package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * H-1's Q1 figure (60) was typed into Housing's Q1 return, which never came in, so Q1's report printed H-1 Missing;
 * Highways' Q1 return was accepted. In Q2 a restructure gives H-1 to Highways. Q2's report still leaves that Q1
 * figure out (its year to date, its direction of travel): it is judged by the return it was typed into, not by
 * Highways' Q1 return, which never held it. The evidence file given with it stays in Housing's Q1 return too (the
 * audit pack files it there). Year 5532.
 */
class FigureOfAMovedMeasureInItsEarlierReturnTest extends ApplicationTest {

    private static final ChasePolicy POLICY = ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30);

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired CycleReports reports;
    @Autowired ReportVersions versions;
    @Autowired ObjectMapper json;
    @Autowired FrameworkImport imports;
    @Autowired Evidence evidence;
    @Autowired uk.quarterlyreturns.framework.FigureImport figures;
    @Autowired ReturnTrail trail;
    @Autowired MeasureRepository measures;
    @Autowired YearRepository years;

    private CycleScenario scenario;

    @AfterEach
    void endProcesses() {
        CycleScenario.end(scenario);
    }

    @Test
    void aFigureWhoseReturnNeverCameInStaysOutAfterItsMeasureMovesToAServiceWhoseReturnDid() throws Exception {
        scenario = CycleScenario.of(context, 5532);
        scenario.open(POLICY);
        ServiceReturn highways = scenario.returnOf("Highways and Streetscene");
        scenario.enter("H-1", "60");
        long h1 = measures.find(years.find(scenario.year).orElseThrow().id(), "H-1").orElseThrow().id();
        ServiceReturn housing = scenario.returnOf("Housing");
        evidence.add(housing.id(), h1, "repairs.csv", "job,done\n1,yes\n".getBytes(StandardCharsets.UTF_8),
                "data.housing");
        scenario.enter("R-1", "90");
        scenario.awaitTask(highways.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(highways.id(), "data.highways");
        workflow.signOff(highways.id(), "dir.highways");
        scenario.awaitTask(highways.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(highways.id(), "perf");
        CycleScenario.at(5532, 8, 1, 9, 5);
        scenario.awaitCycleTask(CycleProcess.TASK_APPROVE_REPORT);
        approval.approve(scenario.cycle.id(), "ceo");
        scenario.await("Q1 published", () -> scenario.status() == CycleStatus.PUBLISHED);
        Cycle second = scenario.openSecondQuarter(POLICY);

        String csv = new String(new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(),
                StandardCharsets.UTF_8).replace("Housing,Ambitious,PERCENT", "Highways and Streetscene,Ambitious,"
                + "PERCENT");
        imports.importMeasures(scenario.year, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv"));
        reports.compile(second.id());

        MeasureLine line = json.readValue(versions.inputJson(versions.latest(second.id()).orElseThrow().id()),
                ReportInput.class).measures().stream().filter(m -> m.code().equals("H-1")).findFirst().orElseThrow();
        assertThat(line.quarterValues().get(0)).as("typed into Housing's Q1 return, which never came in").isNull();
        assertThat(evidence.inCycle(scenario.cycle.id())).singleElement().extracting(Evidence.InQuarter::service)
                .isEqualTo("Housing");
        assertThat(evidence.forReturn(highways.id())).isEmpty();
        // and the API's calls on the measure's Q1 reach that return: Housing's people read its evidence, Highways' not
        String q1Evidence = "/api/years/" + scenario.year + "/quarters/1/measures/H-1/evidence";
        var asHousing = new uk.quarterlyreturns.support.Api(url(""), "data.housing", "demo").get(q1Evidence);
        assertThat(asHousing.getStatusCode().value()).isEqualTo(200);
        assertThat(asHousing.getBody()).contains("repairs.csv");
        assertThat(new uk.quarterlyreturns.support.Api(url(""), "data.highways", "demo").get(q1Evidence)
                .getStatusCode().value()).isEqualTo(403);

        // the values feed reaches it as that return: open still (Highways' accepted Q1 return would refuse it), and
        // the fed figure is in Housing's history
        figures.importValues(scenario.year, 1, TabularFile.read("code,value\nH-1,61\n".getBytes(StandardCharsets.UTF_8),
                "values.csv"), "perf");
        assertThat(trail.forReturn(housing.id())).extracting(ReturnTrail.Event::item, ReturnTrail.Event::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("H-1", "61"));
    }
}
