package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterMeasures;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Q1's published report prints Housing's return as submitted, not yet signed off: H-1 at 60 against 50, Green. Raising
 * the target to 70 would make that figure Red/Amber on the screens, in the API and in the next version, with no
 * correction to say why, and its director would sign off a RAG other than the one submitted and printed. So the change
 * waits until the return is accepted as it stands, as an accepted return's figure is.
 */
class TargetMovedUnderAPrintedReturnTest extends ApplicationTest {

    private static final int YEAR = 7581;

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired CycleService cycles;
    @Autowired ReportVersions versions;
    @Autowired ObjectMapper json;
    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired QuarterMeasures quarterMeasures;

    private CycleScenario scenario;

    @AfterEach
    void endProcesses() {
        CycleScenario.end(scenario);
    }

    @Test
    void aTargetDoesNotMoveUnderAFigurePrintedAsSubmittedUntilItsReturnIsAccepted() throws Exception {
        scenario = CycleScenario.of(context, YEAR).open(ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.housingPublishedAsSubmitted(workflow, approval);
        ReportInput published = json.readValue(versions.inputJson(versions.latest(scenario.cycle.id()).orElseThrow()
                .id()), ReportInput.class);
        assertThat(line(published, "H-1").rag()).isEqualTo(Rag.GREEN);

        assertThatThrownBy(() -> raiseTarget()).as("the printed RAG would shift with no correction")
                .isInstanceOfSatisfying(ImportRejectedException.class, refused -> assertThat(refused.errors())
                        .singleElement().satisfies(e -> {
                            assertThat(e.row()).isEqualTo(2);
                            assertThat(e.column()).isEqualTo("target");
                            assertThat(e.message()).contains("H-1's figures for Q1 are in Housing's return, which"
                                    + " the published Q1 report prints as submitted and which is not yet accepted:"
                                    + " changing its target would change the RAGs printed there, with no correction"
                                    + " to say so. Have the return accepted as it stands (signed off first, where not"
                                    + " yet), then make the change");
                        }));
        ReportingYear year = years.find(scenario.year).orElseThrow();
        assertThat(measures.find(year.id(), "H-1").orElseThrow().definition().target().value())
                .isEqualByComparingTo("50");
        assertThat(firstQuarter(year, "H-1").rag()).as("rated as the published report printed it")
                .isEqualTo(line(published, "H-1").rag());

        workflow.signOff(housing.id(), "dir.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(housing.id(), "perf");
        raiseTarget();
        assertThat(measures.find(year.id(), "H-1").orElseThrow().definition().target().value())
                .as("accepted as it stands, its figure is an accepted return's: the change applies from now on")
                .isEqualByComparingTo("70");
    }

    /** The cycle fixture's framework with H-1's target raised from 50 to 70. */
    private void raiseTarget() throws Exception {
        String csv = new String(new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(),
                StandardCharsets.UTF_8).replace("SNAPSHOT,50,", "SNAPSHOT,70,");
        imports.importMeasures(scenario.year, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv"));
    }

    private MeasureStatus firstQuarter(ReportingYear year, String code) {
        return quarterMeasures.forQuarter(year, 1, true).stream().filter(s -> s.measure().code().equals(code))
                .findFirst().orElseThrow();
    }

    private static MeasureLine line(ReportInput input, String code) {
        return input.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
