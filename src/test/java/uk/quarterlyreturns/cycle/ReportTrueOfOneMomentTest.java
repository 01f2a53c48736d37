package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.quarterlyreturns.cycle.CycleScenario.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.report.CompiledReport;
import uk.quarterlyreturns.report.MeasureRow;
import uk.quarterlyreturns.report.ReportCompiler;
import uk.quarterlyreturns.report.ReportDrafts;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.report.TargetChangeRow;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldTable;

/**
 * R-1's target, which Cabinet read as 100 in Q1's published report, is lowered to 80 while Q2's report is being
 * compiled: after the compilation has read the measures and before it reads the framework's history (held there by a
 * lock on that table). The report is true of one moment: its theme table prints 100 and its list of changes to targets
 * is empty, as when it began; the next compilation prints 80 and lists the change. Years 5700 and 5701.
 */
class ReportTrueOfOneMomentTest extends ApplicationTest {

    private static final ChasePolicy POLICY = ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30);
    private static final String HISTORY = "framework_event";
    /** The compilation's reading of the year's changes to rating rules (RuleChangeRecords). */
    private static final String RULE_CHANGES = "r.what = 'removed'";
    private static final String REASON = "Contractor's capacity halved";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired CycleReports reports;
    @Autowired ReportVersions versions;
    @Autowired ReportDrafts drafts;
    @Autowired FrameworkImport imports;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private CycleScenario scenario;

    @AfterEach
    void endProcesses() {
        CycleScenario.end(scenario);
    }

    @Test
    void aTargetLoweredWhileTheCompileStepRunsIsInNoPartOfTheReportSentForApproval() throws Exception {
        Cycle second = secondQuarterAfterAPublishedFirst(5700);
        try (HeldTable history = new HeldTable(transactions, jdbc, HISTORY, this::lowered)) {
            at(5700, 11, 1, 9, 5); // the compilation date: the engine's compile step runs
            HeldTable.readerWaits(jdbc, HISTORY, RULE_CHANGES);
            history.commit();
        }
        scenario.await("Q2's report compiled", () -> versions.latest(second.id()).isPresent());
        ReportVersion v = versions.latest(second.id()).orElseThrow();

        CompiledReport report = compiled(v);
        assertThat(row(report, "R-1").target()).as("the target as the compilation began").isEqualTo("100");
        assertThat(report.targetChanges()).as("so no change to it yet").isEmpty();
        assertThat(versions.html(v.id())).doesNotContain("Changes to targets during the year")
                .doesNotContain("target-changed");
        summaryAgreesWithTheTable(report);

        reports.compile(second.id());
        CompiledReport again = compiled(versions.latest(second.id()).orElseThrow());
        assertThat(row(again, "R-1").target()).as("the change committed").isEqualTo("80");
        assertThat(again.targetChanges()).extracting(TargetChangeRow::from, TargetChangeRow::to)
                .containsExactly(tuple("100", "80"));
        summaryAgreesWithTheTable(again);
    }

    @Test
    void aDraftCompiledWhileATargetIsLoweredPrintsOneMoment() throws Exception {
        Cycle second = secondQuarterAfterAPublishedFirst(5701);
        String html;
        try (HeldTable history = new HeldTable(transactions, jdbc, HISTORY, this::lowered)) {
            CompletableFuture<ReportDrafts.Draft> draft = CompletableFuture.supplyAsync(
                    () -> drafts.compile(second.id(), "perf"));
            HeldTable.readerWaits(jdbc, HISTORY, RULE_CHANGES);
            history.commit();
            ReportDrafts.Draft done = draft.get(120, TimeUnit.SECONDS);
            html = done.html();
            done.discard();
        }
        assertThat(html).contains(">100</td>").doesNotContain("Changes to targets during the year")
                .doesNotContain("target-changed");

        ReportDrafts.Draft next = drafts.compile(second.id(), "perf");
        next.discard();
        assertThat(next.html()).as("the change committed").contains("Changes to targets during the year")
                .contains("target-changed");
    }

    /** Q1's report published with R-1's target of 100; Q2 open, in October. */
    private Cycle secondQuarterAfterAPublishedFirst(int year) throws Exception {
        scenario = CycleScenario.of(context, year);
        scenario.open(POLICY);
        scenario.housingPublished(workflow, approval);
        return scenario.openSecondQuarter(POLICY);
    }

    /** R-1's target lowered from 100 to 80, with the reason. */
    private void lowered() {
        try {
            String csv = new String(new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(),
                    StandardCharsets.UTF_8).replace("SNAPSHOT,100,", "SNAPSHOT,80,");
            imports.importMeasures(scenario.year, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv"),
                    new FrameworkEdit("perf", FrameworkWay.FORM, REASON));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private CompiledReport compiled(ReportVersion v) throws Exception {
        return ReportCompiler.compile(json.readValue(versions.inputJson(v.id()), ReportInput.class));
    }

    /** The summary counts the RAGs the theme tables print, and nothing else. */
    private static void summaryAgreesWithTheTable(CompiledReport report) {
        List<MeasureRow> rows = report.themes().stream().flatMap(t -> t.measureRows().stream()).toList();
        assertThat(report.summary().measureCount()).isEqualTo(rows.size());
        assertThat(report.summary().counts().missing()).isEqualTo((int) rows.stream()
                .filter(r -> r.line().rag() == Rag.MISSING).count());
    }

    private static MeasureRow row(CompiledReport report, String ref) {
        return report.themes().stream().flatMap(t -> t.measureRows().stream()).filter(r -> r.ref().equals(ref))
                .findFirst().orElseThrow();
    }
}
