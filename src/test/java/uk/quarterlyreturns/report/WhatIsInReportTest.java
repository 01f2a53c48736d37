package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The report is compiled with what is in: a return is in once first submitted, so what was typed or fed into a
 * return nobody submitted (figures, key action statuses, a highlight report) is reported as Missing, not as if a
 * director had signed it off. A return sent back after it was in stays in for timeliness, but its figures are not
 * reported until it is submitted again. Years 2730 on, and 3840.
 */
class WhatIsInReportTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReportInputs inputs;
    @Autowired YearRepository years;
    @Autowired ReturnWorkflow workflow;
    @Autowired HighlightReports highlights;
    @Autowired JdbcClient jdbc;

    private ReturnScenario scenario;

    @AfterEach
    void noLongerAsked() {
        if (scenario != null) {
            scenario.noHighlightReportByDefault();
        }
    }

    @Test
    void whatANeverSubmittedReturnHoldsIsMissingAndOnceSubmittedItIsReported() throws Exception {
        scenario = ReturnScenario.open(context, 2730);
        long id = scenario.housing.id();
        highlights.setWanted(scenario.cycle.id(), scenario.housing.serviceId(), true, "perf");
        highlights.save(id, "data.housing", null, new Highlight("Voids slowed.", null, "A steady quarter."));
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);

        ReportInput notIn = gather();
        assertThat(measure(notIn, "HF-1").rag()).isEqualTo(Rag.MISSING);
        assertThat(measure(notIn, "HF-1").quarterValues().get(1)).isNull();
        assertThat(measure(notIn, "HF-2").rag()).isEqualTo(Rag.MISSING);
        // the first quarter's figure was in before this cycle and still prints
        assertThat(measure(notIn, "HF-1").quarterValues().get(0)).isNotNull();
        assertThat(notIn.actions()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Rag.MISSING);
            assertThat(a.commentary()).isNull();
        });
        assertThat(notIn.highlights()).singleElement().satisfies(h -> {
            assertThat(h.currentIssues()).isNull();
            assertThat(h.narrative()).isNull();
        });
        CompiledReport compiled = ReportCompiler.compile(notIn);
        assertThat(compiled.summary().counts().missing()).isEqualTo(3);
        assertThat(row(compiled, "HF-1").quarters().get(1)).isEqualTo("Missing");

        workflow.submit(id, "data.housing");
        ReportInput in = gather();
        assertThat(measure(in, "HF-1").rag()).isEqualTo(Rag.GREEN);
        assertThat(row(ReportCompiler.compile(in), "HF-1").quarters().get(1)).isEqualTo("85%");
        assertThat(in.actions()).singleElement().extracting(ActionLine::status).isEqualTo(Rag.GREEN);
        assertThat(in.highlights()).singleElement().extracting(HighlightLine::narrative)
                .isEqualTo("A steady quarter.");

        // sent back by its director before sign-off: in for timeliness, its figures wait for the next submission
        workflow.sendBackToService(id, "dir.housing", "Say more about the voids");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        assertThat(measure(gather(), "HF-1").rag()).isEqualTo(Rag.MISSING);
    }

    /**
     * A return sent back by the performance team after sign-off and being reworked when the report is compiled:
     * nobody has signed off what it holds, so its items print as Missing, saying it is being reworked, until it is
     * submitted again. Year 3840.
     */
    @Test
    void aReturnBeingReworkedPrintsAsMissingSayingWhyUntilSubmittedAgain() throws Exception {
        scenario = ReturnScenario.open(context, 3840);
        long id = scenario.housing.id();
        scenario.completeAndSignOff();
        workflow.sendBackByPerformanceTeam(id, "perf", "HF-1 looks too high");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        scenario.enter("HF-1", 2, "81");

        ReportInput reworking = gather();
        String why = "Missing: sent back for rework, not yet submitted again";
        assertThat(measure(reworking, "HF-1").quarterValues().get(1)).isNull();
        assertThat(measure(reworking, "HF-2").rag()).isEqualTo(Rag.MISSING);
        assertThat(reworking.actions()).singleElement().extracting(ActionLine::status).isEqualTo(Rag.MISSING);
        CompiledReport compiled = ReportCompiler.compile(reworking);
        assertThat(compiled.summary().counts().missing()).isEqualTo(3);
        assertThat(row(compiled, "HF-1").quarters().get(1)).isEqualTo(why);
        assertThat(compiled.themes().stream().flatMap(t -> t.actions().stream())).singleElement()
                .extracting(ActionRow::commentary).isEqualTo(why);
        // still in for timeliness, and the compliance table says where it is
        assertThat(compiled.compliance().services()).singleElement()
                .extracting(ComplianceRow::status).isEqualTo("Sent back");
        assertThat(compiled.compliance().missing()).isZero();

        workflow.submit(id, "data.housing");
        ReportInput again = gather();
        assertThat(measure(again, "HF-1").quarterValues().get(1)).isEqualByComparingTo("81");
        assertThat(row(ReportCompiler.compile(again), "HF-1").quarters().get(1)).isEqualTo("81%");
        assertThat(again.actions()).singleElement().extracting(ActionLine::status).isEqualTo(Rag.GREEN);
    }

    /**
     * A draft compiled after the cycle's deadline while the return's agreed extension still runs: its items print as
     * Missing, saying it is not yet due and until when, not as a return the service failed to make. Year 4653.
     */
    @Test
    void aReturnWhoseExtensionStillRunsPrintsAsMissingSayingItIsNotYetDue() throws Exception {
        scenario = ReturnScenario.open(context, 4653);
        Instant extendedTo = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        jdbc.sql("update cycle set submission_deadline = :d where id = :c")
                .param("d", Timestamp.from(Instant.now().minus(Duration.ofDays(1)))).param("c", scenario.cycle.id())
                .update();
        jdbc.sql("update service_return set extended_to = :to, extension_reason = 'National data late' where id = :r")
                .param("to", Timestamp.from(extendedTo)).param("r", scenario.housing.id()).update();

        CompiledReport compiled = ReportCompiler.compile(gather());
        String why = "Missing: not yet due, its deadline extended to " + ReportDates.dateTime(extendedTo);
        assertThat(row(compiled, "HF-1").quarters().get(1)).isEqualTo(why);
        assertThat(compiled.themes().stream().flatMap(t -> t.actions().stream())).singleElement()
                .extracting(ActionRow::commentary).isEqualTo(why);
    }

    private ReportInput gather() {
        ReportingYear year = years.find(scenario.year).orElseThrow();
        return inputs.gather(scenario.cycle, year, 1, null, "", CabinetCover.EMPTY, LocalDate.now());
    }

    private static MeasureLine measure(ReportInput input, String code) {
        return input.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    private static MeasureRow row(CompiledReport report, String ref) {
        return report.themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.ref().equals(ref)).findFirst().orElseThrow();
    }
}
