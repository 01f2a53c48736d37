package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Rag;

class PerformanceByExceptionTest {

    /*
     * Ambitious, Amber or worse, by hand: measures 1.2 (R, Business), 1.14 and 1.15 (R, Customer
     * Services); actions ERC009 (A, Business), ERC006 (A, Regeneration), CRO002 (A, Environment),
     * PHI006 (A, Policy and Intelligence). 1.12 and CRO004 are Missing, which is not Amber or worse.
     */
    @Test
    void ambitiousListsExactlyTheAmberOrWorseItemsGroupedByService() {
        ThemeSection theme = theme(ReportCompiler.compile(KirkleesFixture.input()), "Ambitious Kirklees");

        assertThat(theme.exceptions()).extracting(ExceptionGroup::service)
                .containsExactly("Business", "Customer Services", "Regeneration", "Environment",
                        "Policy and Intelligence");
        assertThat(theme.exceptions().get(0).items())
                .extracting(ExceptionItem::ref, ExceptionItem::kind, i -> i.rag().code())
                .containsExactly(tuple("1.2", "Measure", "R"), tuple("ERC009", "Key action", "A"));
        assertThat(theme.exceptions().get(1).items()).extracting(ExceptionItem::ref)
                .containsExactly("1.14", "1.15");
        assertThat(theme.exceptions().stream().flatMap(g -> g.items().stream()).map(ExceptionItem::ref))
                .containsExactly("1.2", "ERC009", "1.14", "1.15", "ERC006", "CRO002", "PHI006");
    }

    @Test
    void itemsCarryTheirFiguresAndNarratives() {
        ThemeSection theme = theme(ReportCompiler.compile(KirkleesFixture.input()), "Ambitious Kirklees");
        ExceptionItem investment = theme.exceptions().get(0).items().get(0);

        assertThat(investment.heading()).isEqualTo("1.2 (KI 437) Secure £4 of investment from the private"
                + " sector for every £1 of business support investment by the Council");
        assertThat(investment.figures()).isEqualTo("Q2: £0.3m (£2m cum); Target: £10m; 16/17: £12.3m; No comparison");
        assertThat(investment.reasons()).isEqualTo("The Textile Growth Programme needs a firmer regional"
                + " connection to stimulate outputs at a local level; outputs halved this quarter.");
        assertThat(investment.actionsPlanned()).isEqualTo("This is being addressed at the city region level.");

        ExceptionItem engage = theme.exceptions().get(0).items().get(1);
        assertThat(engage.heading()).startsWith("(ERC009) Engage with businesses");
        assertThat(engage.figures()).isEmpty();
        assertThat(engage.reasons()).isEqualTo("Workshop provision for the Adventure Support Programme has"
                + " still to be procured.");
    }

    /*
     * Resilient, by hand: Children who need help and protection 3.1 3.4 3.5 3.7 3.8 + CPF001 CPF006 CPF010;
     * Children looked after 3.9 3.10 3.11 + CPF003 CPF002; management 3.14; adult caseload 3.19 3.20 +
     * ASC003; re-ablement 3.24; then services with only actions: physical activity ERC014, adult
     * residential care ASC001.
     */
    @Test
    void resilientGroupsFollowTheFrameworkOrder() {
        ThemeSection theme = theme(ReportCompiler.compile(KirkleesFixture.input()), "Resilient Kirklees");

        assertThat(theme.exceptions())
                .extracting(ExceptionGroup::service, g -> g.items().stream().map(ExceptionItem::ref).toList())
                .containsExactly(
                        tuple("Children who need help and protection",
                                List.of("3.1", "3.4", "3.5", "3.7", "3.8", "CPF001", "CPF006", "CPF010")),
                        tuple("Children looked after and achieving permanence",
                                List.of("3.9", "3.10", "3.11", "CPF003", "CPF002")),
                        tuple("Children's services management and governance", List.of("3.14")),
                        tuple("Adult caseload and assessment", List.of("3.19", "3.20", "ASC003")),
                        tuple("Re-ablement and community support", List.of("3.24")),
                        tuple("Physical activity for vulnerable groups", List.of("ERC014")),
                        tuple("Adult residential care", List.of("ASC001")));
        ExceptionItem waits = theme.exceptions().get(3).items().get(0);
        assertThat(waits.figures()).isEqualTo("Q2: 78.8%; Target: 85%; 16/17: 75.6%; ↑ Improved against Q1 2017/18"
                + " (previous quarter): 63.4%");
        assertThat(waits.reasons()).startsWith("The increasingly complex nature of new service users");
        assertThat(waits.actionsPlanned()).startsWith("Assessment teams are dealing with backlog assessments");
    }

    @Test
    void anOverrideIsMarkedAndItsJustificationPrinted() {
        MeasureLine computedAmberGreen = Lines.withNarrative(
                Lines.measure("3.2", "Children and Families", "Child protection", "Resilient",
                        Rag.AMBER_GREEN, Direction.IMPROVED),
                "Plans are rising again.", "Weekly review of every new plan.");
        MeasureLine raised = Lines.overridden(computedAmberGreen, Rag.RED, "Sue Grigg",
                "Numbers rose sharply in the last month of the quarter");
        MeasureLine computedAmber = Lines.measure("3.1", "Children and Families", "Child protection",
                "Resilient", Rag.AMBER, Direction.IMPROVED);
        MeasureLine lowered = Lines.overridden(computedAmber, Rag.GREEN, "Sue Grigg",
                "The target is under review and the trend is steadily down");

        CompiledReport report = ReportCompiler.compile(Lines.report(List.of(lowered, raised), List.of()));
        ThemeSection theme = report.themes().get(0);

        MeasureRow loweredRow = theme.measureRows().get(0);
        assertThat(loweredRow.rag().code()).isEqualTo("G*");
        assertThat(loweredRow.rag().label()).isEqualTo("Green");
        assertThat(loweredRow.rag().overrideNote()).isEqualTo("RAG set by Sue Grigg: The target is under"
                + " review and the trend is steadily down (computed: A)");
        assertThat(theme.measureRows().get(1).rag().code()).isEqualTo("R*");

        // the effective RAG decides: Green is not an exception, Red is, with its note
        assertThat(theme.exceptions()).hasSize(1);
        ExceptionItem item = theme.exceptions().get(0).items().get(0);
        assertThat(item.ref()).isEqualTo("3.2");
        assertThat(item.rag().code()).isEqualTo("R*");
        assertThat(item.rag().overrideNote()).isEqualTo("RAG set by Sue Grigg: Numbers rose sharply in the"
                + " last month of the quarter (computed: A/G)");
        assertThat(item.reasons()).isEqualTo("Plans are rising again.");
        assertThat(item.actionsPlanned()).isEqualTo("Weekly review of every new plan.");
        // and the summary counts the effective RAGs: one on track, one off track
        assertThat(report.summary().counts()).isEqualTo(new SummaryCounts(1, 0, 1, 0));
    }

    /**
     * A measure a director rated Green over a computed Amber improved, but did not meet its target: the improving
     * list must not call it "on target", nor list it before the measures that did.
     */
    @Test
    void anOverriddenGreenIsNotSaidToBeOnTarget() {
        MeasureLine lowered = Lines.overridden(Lines.measure("3.1", "Children and Families", "Child protection",
                "Resilient", Rag.AMBER, Direction.IMPROVED), Rag.GREEN, "Sue Grigg", "The target is under review");
        MeasureLine met = Lines.measure("3.3", "Children and Families", "Child protection", "Resilient", Rag.GREEN,
                Direction.IMPROVED);

        List<ImprovingItem> improving = ReportCompiler.compile(Lines.report(List.of(lowered, met), List.of()))
                .themes().get(0).improving();

        assertThat(improving).extracting(ImprovingItem::ref, ImprovingItem::why).containsExactly(
                tuple("3.3", "Improved and on target (Green)"), tuple("3.1", "Improved"));
        assertThat(improving.get(1).rag().code()).isEqualTo("G*");
    }

    @Test
    void aThemeWithNothingAmberHasNoExceptions() {
        CompiledReport report = ReportCompiler.compile(Lines.report(
                List.of(Lines.measure("1", "D", "S", "T", Rag.GREEN, null)),
                List.of(Lines.action("A", "D", "S", "T", Rag.MISSING))));

        assertThat(report.themes().get(0).exceptions()).isEmpty();
    }

    private static ThemeSection theme(CompiledReport report, String name) {
        return report.themes().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
