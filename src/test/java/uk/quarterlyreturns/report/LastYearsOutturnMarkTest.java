package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ProvisionalYearEnd;

/**
 * Next year's report marks last year's outturn as it marks the figures it was made from: "p" while last year's Q4
 * figure is still provisional, "r" once the Q1 return that revised it is accepted, nothing once confirmed as it stood.
 * Years 5944/45 to 5947/48 and 6039/40 to 6042/43: the report prints YE-1's outturns of the three years before its
 * own, so no other test's YE-1 may fall in them (ProvisionalYearEnd's other users are in the 4840s and at 6045).
 */
class LastYearsOutturnMarkTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReportInputs inputs;
    @Autowired CycleRepository cycles;
    @Autowired YearRepository years;
    @Autowired EarlierFigures earlier;

    @Test
    void lastYearsOutturnIsMarkedProvisionalUntilConfirmedAndRevisedOnceRevised() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.accepted(context, 5946)) {
            CompiledReport before = compile(scenario);
            assertThat(row(before, "YE-1").outturns()).containsExactly("-", "-", "82%");
            assertThat(row(before, "YE-1").provisionalQuarters(1)).as("the spreadsheet's Provisional column")
                    .isEqualTo("last year's outturn");
            assertThat(new HtmlReportRenderer().render(before)).contains(cell("82%", PROVISIONAL))
                    .as("its total holds Q4's figure").contains(cell("420", PROVISIONAL));

            earlier.save(scenario.q1.id(), scenario.measureId(scenario.lastYear, "YE-1"), 4, new BigDecimal("82"),
                    null, Decision.REVISED, new BigDecimal("84"), "Outturn confirmed after audit", "data.housing");
            earlier.save(scenario.q1.id(), scenario.measureId(scenario.lastYear, "YE-2"), 4, new BigDecimal("120"),
                    null, Decision.CONFIRMED, null, null, "data.housing");
            assertThat(new HtmlReportRenderer().render(compile(scenario))).as("not before the return is accepted")
                    .contains(cell("82%", PROVISIONAL));
            scenario.completeAndSubmit();
            scenario.accept(scenario.q1);

            long ye1 = scenario.measureId(scenario.lastYear, "YE-1");
            assertThat(earlier.revisedQuarters(List.of(ye1), 4)).as("last year's Q4 report compiled again now")
                    .containsEntry(ye1, List.of(4));
            assertThat(earlier.revisedQuarters(List.of(ye1), 3)).as("a correction of last year's Q3, with no Q4")
                    .isEmpty();
            CompiledReport after = compile(scenario);
            assertThat(row(after, "YE-1").outturns()).containsExactly("-", "-", "84%");
            assertThat(row(after, "YE-1").revisedQuarters()).as("the spreadsheet's Revised column")
                    .isEqualTo("last year's outturn");
            assertThat(row(after, "YE-1").provisionalQuarters(1)).isNull();
            assertThat(row(after, "YE-2").provisionalQuarters(1)).as("confirmed final as it stood").isNull();
            assertThat(row(after, "YE-2").revisedQuarters()).isNull();
            assertThat(new HtmlReportRenderer().render(after)).contains(cell("84%", REVISED))
                    .as("confirmed final as it stood").contains("<td class=\"num\">420</td>")
                    .doesNotContain(cell("420", PROVISIONAL));
        }
    }

    /**
     * Next year's framework file writes last year's `ki 433` as `KI 433`: its history has last year's outturn, so the
     * report marks it. Matched exactly, the outturn printed unmarked though made from a provisional Q4 figure.
     */
    @Test
    void lastYearsOutturnIsMarkedUnderACodeWrittenInOtherLettersNextYear() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.respelt(context, 6041)) {
            CompiledReport before = compile(scenario);
            assertThat(row(before, "KI 433").outturns()).last().isEqualTo("82%");
            assertThat(row(before, "KI 433").provisionalQuarters(1)).isEqualTo("last year's outturn");
            assertThat(new HtmlReportRenderer().render(before)).contains(cell("82%", PROVISIONAL));

            earlier.save(scenario.q1.id(), scenario.measureId(scenario.lastYear, "ki 433"), 4, new BigDecimal("82"),
                    null, Decision.REVISED, new BigDecimal("84"), "Outturn confirmed after audit", "data.housing");
            scenario.completeAndSubmit();
            scenario.accept(scenario.q1);

            CompiledReport after = compile(scenario);
            assertThat(row(after, "KI 433").revisedQuarters()).isEqualTo("last year's outturn");
            assertThat(new HtmlReportRenderer().render(after)).contains(cell("84%", REVISED));
        }
    }

    private static final String PROVISIONAL = "<abbr class=\"provisional\" title=\"provisional figure\">p</abbr>";
    private static final String REVISED = "<abbr class=\"revised\" title=\"figure revised since it was reported"
            + " provisional\">r</abbr>";

    /** A table cell of the figure with its mark, as the HTML report prints it. */
    private static String cell(String figure, String mark) {
        return "<td class=\"num\">" + figure + " " + mark + "</td>";
    }

    private CompiledReport compile(ProvisionalYearEnd scenario) {
        ReportingYear year = years.find(scenario.year).orElseThrow();
        return ReportCompiler.compile(inputs.gather(cycles.find(scenario.q1.cycleId()).orElseThrow(), year, 1, null,
                "", CabinetCover.EMPTY, LocalDate.ofInstant(Instant.now(), ReportingYear.LONDON)));
    }

    private static MeasureRow row(CompiledReport report, String ref) {
        return report.themes().stream().flatMap(t -> t.measureRows().stream()).filter(r -> r.ref().equals(ref))
                .findFirst().orElseThrow();
    }
}
