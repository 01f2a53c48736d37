package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled theme tables reproduce the rows of Kirklees Council's published Q2 2017/18 report. Expected cells are typed from the printed
 * report (with the measure's decimals applied), not taken from the code.
 */
class KirkleesThemeTablesTest {

    private static CompiledReport report;

    @BeforeAll
    static void compile() {
        report = ReportCompiler.compile(KirkleesFixture.input());
    }

    @Test
    void themesComeInTheOrderTheyFirstAppear() {
        assertThat(report.themes()).extracting(ThemeSection::name)
                .containsExactly("Ambitious Kirklees", "Resilient Kirklees");
        assertThat(report.historyYears()).containsExactly("14/15", "15/16", "16/17");
        assertThat(report.quarterHeadings()).containsExactly("Q1", "Q2", "Q3", "Q4");
    }

    @Test
    void ambitiousRowsAreGroupedByServiceInFrameworkOrder() {
        assertThat(theme("Ambitious Kirklees").measureGroups()).extracting(MeasureGroup::heading)
                .containsExactly("Business", "Place", "Environment", "Housing", "Customer Services",
                        "Information & Communication Technology", "Welfare and Exchequer");
        assertThat(theme("Ambitious Kirklees").measureRows()).hasSize(23);
        assertThat(theme("Resilient Kirklees").measureRows()).hasSize(23);
    }

    @Test
    void cumulativeJobsRowPrintsTheYearToDate() {
        MeasureRow row = row("1.1");
        assertThat(row.measure())
                .isEqualTo("(KI 433) Increase the number of jobs created as a result of Council interventions");
        assertThat(row.outturns()).containsExactly("176", "233", "341");
        assertThat(row.target()).isEqualTo("250");
        assertThat(row.quarters()).containsExactly("62", "60 (122 cum)", "", "");
        // printed RA; by rule 122 against 250 x 50% = 125 is a shortfall of 2.4%: Amber/Green
        assertThat(row.rag().code()).isEqualTo("A/G");
        assertThat(row.rag().label()).isEqualTo("Amber/Green");
        assertThat(row.direction()).isEqualTo("No comparison");
    }

    @Test
    void outturnsPublishedInAnotherUnitPrintAsPublished() {
        // 1.7 counts tonnes recycled; its 15/16 and 16/17 outturns were published as percentages
        MeasureRow row = row("1.7");
        assertThat(row.outturns()).containsExactly("-", "89.7%", "98.8%");
        assertThat(row.target()).isEqualTo("50,735");
        assertThat(row.quarters()).containsExactly("12,935", "13,346 (26,281 cum)", "", "");
    }

    @Test
    void moneyRowsHaveThePoundSignOnEveryCell() {
        MeasureRow row = row("1.2");
        assertThat(row.outturns()).containsExactly("£3.4m", "£8m", "£12.3m");
        assertThat(row.target()).isEqualTo("£10m");
        assertThat(row.quarters()).containsExactly("£1.7m", "£0.3m (£2m cum)", "", "");
        assertThat(row.rag().code()).isEqualTo("R");
    }

    @Test
    void cumulativePercentagesAndTonnes() {
        assertThat(row("1.18").quarters()).containsExactly("22.59%", "49.50% (72.09% cum)", "", "");
        assertThat(row("1.19").quarters()).containsExactly("28.93%", "53.54% (82.47% cum)", "", "");
        assertThat(row("1.8").quarters()).containsExactly("515", "1,587 (2,102 cum)", "", "");
        assertThat(row("1.8").target()).isEqualTo("13,089");
    }

    @Test
    void snapshotRowsWithThousands() {
        MeasureRow row = row("1.11");
        assertThat(row.measure()).isEqualTo("(BCI) Bailout calls to Kirklees Automated Switchboard");
        assertThat(row.outturns()).containsExactly("-", "-", "12,585");
        assertThat(row.target()).isEqualTo("13,000");
        assertThat(row.quarters()).containsExactly("9,614", "12,107", "", "");
        assertThat(row.direction()).isEqualTo("↓ Worsened");
    }

    @Test
    void annualMeasureOutsideItsQuarterIsNotDue() {
        MeasureRow row = row("1.10");
        assertThat(row.outturns()).containsExactly("1,035", "750", "1,142");
        assertThat(row.target()).isEqualTo("1,730");
        assertThat(row.quarters()).containsExactly("", "Not due", "", "");
        assertThat(row.rag().code()).isEqualTo("ND");
        assertThat(row.rag().label()).isEqualTo("Not due");
        assertThat(row("3.16").quarters()).containsExactly("88%", "Not due", "", "");
    }

    @Test
    void missingReturnShowsMissing() {
        MeasureRow row = row("1.12");
        assertThat(row.measure()).startsWith("(KI 484, BCI) Percentage of third stage complaints");
        assertThat(row.outturns()).containsExactly("19.1%", "20.7%", "22.1%");
        assertThat(row.target()).isEqualTo("25%");
        assertThat(row.quarters()).containsExactly("21.0%", "Missing", "", "");
        assertThat(row.rag().code()).isEqualTo("M");
        assertThat(row.rag().label()).isEqualTo("Missing");
    }

    @Test
    void noTargetAndTbaRowsHaveNoRag() {
        assertThat(row("1.4").outturns()).containsExactly("-", "-", "-");
        assertThat(row("1.4").target()).isEqualTo("No target");
        assertThat(row("1.4").direction()).isEqualTo("→ Unchanged");
        assertThat(row("3.13").target()).isEqualTo("TBA");
        assertThat(row("3.13").quarters()).containsExactly("18.3", "18.4", "", "");
        assertThat(row("3.13").rag().code()).isEqualTo("-");
        assertThat(row("3.13").rag().label()).isEqualTo("No RAG");
    }

    @Test
    void lookedAfterChildrenIsAmberByRuleThoughPrintedGreen() {
        MeasureRow row = row("3.1");
        assertThat(row.measure()).isEqualTo("(BCI) Looked after children (per 10,000) 0-17 years");
        assertThat(row.outturns()).containsExactly("-", "-", "-");
        assertThat(row.target()).isEqualTo("60 per 10k");
        assertThat(row.quarters()).containsExactly("67.3 per 10k", "65.3 per 10k", "", "");
        assertThat(row.rag().code()).isEqualTo("A");
        assertThat(row.rag().overridden()).isFalse();
        assertThat(row.direction()).isEqualTo("↑ Improved");
        assertThat(row.trend().svg()).contains("<svg").contains("Q1 17/18 67.3 per 10k; Q2 17/18 65.3 per 10k");
        assertThat(row.trend().high()).isEqualTo("67.3");
        assertThat(row.trend().low()).isEqualTo("65.3");
        assertThat(row.trend().span()).isEqualTo("Q1 17/18 to Q2 17/18");
    }

    @Test
    void percentagesAndDaysInResilient() {
        assertThat(row("3.3").outturns()).containsExactly("-", "-", "46.0%");
        assertThat(row("3.3").target()).isEqualTo("55%");
        assertThat(row("3.3").quarters()).containsExactly("57.8%", "72.5%", "", "");
        assertThat(row("3.12").outturns()).containsExactly("565.0 days", "556.0 days", "513.6 days");
        assertThat(row("3.12").quarters()).containsExactly("408.8 days", "372.4 days", "", "");
        assertThat(row("3.20").rag().code()).isEqualTo("R/A");
        assertThat(row("3.24").quarters()).containsExactly("80.8%", "80.8%", "", "");
        assertThat(row("3.24").direction()).isEqualTo("→ Unchanged");
    }

    @Test
    void keyActionsCarryTheirCodeInBracketsAndTheirStatus() {
        List<ActionRow> actions = theme("Ambitious Kirklees").actions();
        assertThat(actions).hasSize(11);
        assertThat(actions.get(0).action()).isEqualTo("(ERC009) Engage with businesses, with a focus on priority"
                + " sectors, in the stimulation of business and jobs growth across the District");
        assertThat(actions).extracting(a -> a.status().code())
                .containsExactly("A", "A", "A/G", "A/G", "G", "A", "M", "G", "A/G", "A", "G");
        assertThat(theme("Resilient Kirklees").actions()).hasSize(13);
    }

    private static ThemeSection theme(String name) {
        return report.themes().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static MeasureRow row(String ref) {
        return report.themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.ref().equals(ref)).findFirst().orElseThrow();
    }
}
