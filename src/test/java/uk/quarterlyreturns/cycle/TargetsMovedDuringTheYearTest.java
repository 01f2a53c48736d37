package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;
import static uk.quarterlyreturns.cycle.CycleScenario.london;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.Narratives;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.report.TargetChange;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.OpenedCycles;

/**
 * Cabinet saw H-1's target of 55 in Q1's published report; lowered to 45 in October, it turns Q2's figure from Red
 * into Red/Amber, and Q2's report says so openly. A change made before Q1's report was published, and one to a title,
 * show nothing; Q1's published version keeps what it printed.
 */
class TargetsMovedDuringTheYearTest extends ApplicationTest {

    private static final int YEAR = 5430;
    private static final String REASON = "Cabinet agreed on 10 October to lower the target: repairs contractor changed";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;
    @Autowired CycleService cycles;
    @Autowired CycleReports reports;
    @Autowired ReportVersions versions;
    @Autowired RuntimeService runtime;
    @Autowired ReturnRepository returns;
    @Autowired ObjectMapper json;
    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired Narratives narratives;

    private CycleScenario scenario;
    private Cycle second;

    @AfterEach
    void endProcesses() {
        if (second != null) {
            OpenedCycles.end(runtime, returns, second.id());
        }
        CycleScenario.end(scenario);
    }

    @Test
    void aTargetLoweredAfterTheFirstPublishedReportShowsInTheNextReportOnly() throws Exception {
        ChasePolicy policy = ChasePolicy.parse("", LocalTime.of(9, 0), 30, 30);
        scenario = CycleScenario.of(context, YEAR);
        at(YEAR, 6, 20, 9, 0);
        change("SNAPSHOT,50,", "SNAPSHOT,55,", "Set before the year's first report");
        scenario.open(policy);
        scenario.housingPublished(workflow, approval);
        ReportVersion q1 = versions.latest(scenario.cycle.id()).orElseThrow();
        String q1Input = versions.inputJson(q1.id());
        String q1Pdf = q1.pdfSha256();
        String q1Xlsx = q1.xlsxSha256();

        at(YEAR, 10, 12, 10, 0);
        change("Potholes awaiting repair", "Potholes waiting to be repaired", "Plainer words");
        change("SNAPSHOT,55,", "SNAPSHOT,45,", REASON);
        at(YEAR, 10, 13, 9, 0);
        second = cycles.open(scenario.year, 2, london(YEAR, 10, 21, 17, 0).toInstant(),
                london(YEAR, 11, 1, 9, 0).toInstant(), policy, "perf");
        housingsSecondQuarterSubmitted("40");
        reports.compile(second.id());

        ReportVersion q2 = versions.latest(second.id()).orElseThrow();
        ReportInput input = json.readValue(versions.inputJson(q2.id()), ReportInput.class);
        assertThat(line(input, "H-1").targetChanges()).as("only the change after Q1's report was published")
                .containsExactly(new TargetChange("target", "55", "45", LocalDate.of(YEAR, 10, 12), REASON));
        assertThat(line(input, "R-1").targetChanges()).as("a new title moves no target").isEmpty();
        JsonNode content = json.readTree(versions.contentJson(q2.id()).orElseThrow());
        assertThat(content.at("/targetChanges/0/what").asText()).isEqualTo("Target");
        assertThat(content.at("/targetChanges/0/from").asText()).isEqualTo("55%");
        assertThat(content.at("/targetChanges/0/changedOn").asText()).isEqualTo("12/10/" + YEAR);
        assertThat(content.at("/targetChanges").size()).isEqualTo(1);

        String html = versions.html(q2.id());
        assertThat(html).contains("<h2>Changes to targets during the year</h2>")
                .contains("<td class=\"narrative\">" + REASON + "</td>")
                .contains(">45% <abbr class=\"target-changed\"")
                .contains("Its target or rating rule was changed during the year (Target 55% to 45% on 12/10/"
                        + YEAR + "): see Changes to targets during the year.");
        assertThat(spreadsheet(versions.xlsx(q2.id()), "H-1")).isEqualTo("Target 55% to 45% on 12/10/" + YEAR);
        assertThat(spreadsheet(versions.xlsx(q2.id()), "R-1")).isEmpty();

        ReportVersion q1After = versions.find(scenario.cycle.id(), 1).orElseThrow();
        assertThat(versions.inputJson(q1After.id())).as("Q1 as published").isEqualTo(q1Input);
        assertThat(q1After.pdfSha256()).isEqualTo(q1Pdf);
        assertThat(q1After.xlsxSha256()).isEqualTo(q1Xlsx);
        assertThat(versions.html(q1After.id())).doesNotContain("Changes to targets").doesNotContain("target-changed");
    }

    /** The cycle fixture's framework with one piece of text replaced, imported with the reason given. */
    private void change(String from, String to, String reason) throws Exception {
        String csv = new String(new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(),
                StandardCharsets.UTF_8);
        String current = measures.find(years.find(scenario.year).orElseThrow().id(), "H-1").orElseThrow()
                .definition().target().toCsv();
        // H-1's target as it now stands, so that only the change named is made
        csv = csv.replace("SNAPSHOT,50,", "SNAPSHOT," + current + ",").replace(from, to);
        imports.importMeasures(scenario.year, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "framework.csv"),
                new FrameworkEdit("perf", FrameworkWay.FORM, reason));
    }

    /** Housing's Q2 return in, H-1 short of its target, with its reasons. */
    private void housingsSecondQuarterSubmitted(String figure) {
        scenario.await("Q2 returns issued", () -> returns.forCycle(second.id()).size() == 2);
        ServiceReturn housing = returns.forCycle(second.id()).stream().filter(r -> r.serviceName().equals("Housing"))
                .findFirst().orElseThrow();
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        long h1 = measures.find(years.find(scenario.year).orElseThrow().id(), "H-1").orElseThrow().id();
        values.saveFigure(h1, 2, new BigDecimal(figure), null, null, null, "data.housing");
        narratives.save(h1, 2, "The repairs contractor changed in September", "New contractor's backlog cleared by"
                + " December", null, "data.housing");
        workflow.submit(housing.id(), "data.housing");
    }

    private static MeasureLine line(ReportInput input, String code) {
        return input.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    private static String spreadsheet(byte[] xlsx, String code) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                List<String> headers = new ArrayList<>();
                sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
                int column = headers.indexOf("Target changed during the year");
                for (Row row : sheet) {
                    Cell first = row.getCell(0);
                    if (column >= 0 && row.getRowNum() > 0 && first != null
                            && first.getStringCellValue().equals(code)) {
                        Cell cell = row.getCell(column);
                        return cell == null ? "" : cell.getStringCellValue();
                    }
                }
            }
            throw new AssertionError(code + " is on no measures sheet");
        }
    }
}
