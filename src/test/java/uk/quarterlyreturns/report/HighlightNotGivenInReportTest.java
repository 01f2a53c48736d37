package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.XlsxReportRenderer;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A service asked for a highlight report that the report has none of (its return not in, or in without one, asked
 * for after it was submitted) is said so in words, in the HTML (so the PDF) and the spreadsheet, not printed as empty
 * headings. Year 3877.
 */
class HighlightNotGivenInReportTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReportInputs inputs;
    @Autowired YearRepository years;
    @Autowired HighlightReports highlights;

    @Test
    void aHighlightReportAskedForAndNotGivenSaysWhy() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3877);
        scenario.withHighlightReport(() -> {
            CompiledReport notIn = compile(scenario);
            String missing = "Missing: asked for, but the service's return is not in";
            assertThat(notIn.highlights()).singleElement().extracting(HighlightLine::missing).isEqualTo(missing);
            Element printed = housing(notIn);
            assertThat(printed.text()).contains(missing).doesNotContain("Current issues").doesNotContain("None given");
            assertThat(printed.select("h4")).isEmpty();
            assertThat(spreadsheetRow(notIn)).as("service, directorate, then each text column says why")
                    .containsExactly("Housing", "Economy and Infrastructure", missing, missing, missing);

            // submitted without one, then asked: its director writes it before signing off; meanwhile a draft says so
            highlights.setWanted(scenario.cycle.id(), scenario.housing.serviceId(), false, "perf");
            scenario.completeAndSubmit();
            highlights.setWanted(scenario.cycle.id(), scenario.housing.serviceId(), true, "perf");
            assertThat(housing(compile(scenario)).text())
                    .contains("Missing: asked for, but the service's return gives none")
                    .doesNotContain("Current issues");
        });
    }

    private CompiledReport compile(ReturnScenario scenario) {
        return ReportCompiler.compile(inputs.gather(scenario.cycle, years.find(scenario.year).orElseThrow(), 1, null,
                "", CabinetCover.EMPTY, LocalDate.now()));
    }

    private static Element housing(CompiledReport report) {
        return Jsoup.parse(new HtmlReportRenderer().render(report)).select("#highlights .highlight").stream()
                .filter(h -> h.selectFirst("h3").text().equals("Housing")).findFirst().orElseThrow();
    }

    private static List<String> spreadsheetRow(CompiledReport report) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(report)))) {
            Row row = book.getSheet("Highlight reports").getRow(1);
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c.getStringCellValue()));
            return cells;
        }
    }
}
