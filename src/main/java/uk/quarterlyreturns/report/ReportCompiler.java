package uk.quarterlyreturns.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import uk.quarterlyreturns.framework.ReportingYear;

/**
 * Compiles a quarter's corporate performance report: works out every count, sentence, cell and chart
 * that the HTML, PDF and spreadsheet renderers print. Pure: it reads its input and does no I/O, so the
 * same input always gives the same report.
 */
public final class ReportCompiler {

    private static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");

    private ReportCompiler() {
    }

    public static CompiledReport compile(ReportInput in) {
        Objects.requireNonNull(in, "in");
        ExecutiveSummary summary = SummaryCompiler.compile(in);
        Integer unreported = summary.counts().total() == 0 ? null : summary.shares().missing();
        return new CompiledReport(cover(in), summary, ComplianceCompiler.compile(in.compliance(), unreported),
                themes(in), ActivityAppendix.compile(in.measures(), in.quarter()), in.historyYears(), QUARTERS,
                in.quarter(), KeyCompiler.compile(in.rules()), in.highlights(),
                TargetChangeRow.of(in.measures()));
    }

    static Cover cover(ReportInput in) {
        String statusText = switch (in.status()) {
            case DRAFT -> draft(in);
            case AWAITING_APPROVAL -> "Awaiting approval";
            case APPROVED -> approved(in);
        };
        CabinetCover cabinet = in.cabinet();
        return new Cover(in.organisation(), in.title(), in.period(), in.status(), statusText, in.version(),
                "Version " + in.version(), in.changeNote(), cabinet,
                cabinet.meetingDate() == null ? null : ReportDates.longDate(cabinet.meetingDate()),
                cabinet.keyDecision() == null ? null : cabinet.keyDecision() ? "Yes" : "No",
                in.compiledOn() == null ? null : "Compiled on " + ReportDates.longDate(in.compiledOn()));
    }

    /**
     * A draft compiled before the returns' deadline says so: there, Missing means a figure not yet in, not one
     * the service failed to give. The moment the figures run to decides (on the deadline's day, its hour counts);
     * without it, the day it was compiled.
     */
    private static String draft(ReportInput in) {
        ComplianceFacts facts = in.compliance();
        if (facts == null || facts.deadline() == null || (facts.until() == null && in.compiledOn() == null)) {
            return "Draft";
        }
        LocalDate due = ReportDates.closingDay(facts.deadline());
        boolean before = facts.until() != null ? facts.until().isBefore(facts.deadline())
                : in.compiledOn().isBefore(due);
        return before ? "Draft, compiled before the deadline of " + ReportDates.longDate(due)
                + ": Missing here means not yet in" : "Draft";
    }

    private static String approved(ReportInput in) {
        String text = "Approved";
        if (in.approvedBy() != null && !in.approvedBy().isBlank()) {
            text += " by " + in.approvedBy().trim();
        }
        if (in.approvedOn() != null) {
            text += " on " + ReportDates.longDate(in.approvedOn());
        }
        return text;
    }

    /** Themes in the order they first appear among the measures, then the actions. */
    static List<ThemeSection> themes(ReportInput in) {
        Set<String> names = new LinkedHashSet<>();
        in.measures().forEach(m -> names.add(Groups.name(m.theme(), Groups.NO_THEME)));
        in.actions().forEach(a -> names.add(Groups.name(a.theme(), Groups.NO_THEME)));
        List<ThemeSection> sections = new ArrayList<>();
        int n = 0;
        for (String name : names) {
            List<MeasureLine> measures = in.measures().stream()
                    .filter(m -> Groups.name(m.theme(), Groups.NO_THEME).equals(name)).toList();
            List<ActionLine> actions = in.actions().stream()
                    .filter(a -> Groups.name(a.theme(), Groups.NO_THEME).equals(name)).toList();
            Set<String> outcomes = new LinkedHashSet<>();
            Stream.concat(measures.stream().map(MeasureLine::outcome), actions.stream().map(ActionLine::outcome))
                    .filter(o -> o != null && !o.isBlank()).forEach(o -> outcomes.add(o.trim()));
            sections.add(new ThemeSection(name, "theme-" + (++n), List.copyOf(outcomes),
                    ExceptionCompiler.compile(measures, actions, in.quarter(), in.historyYears()),
                    MeasureTableCompiler.groups(measures, in.quarter()),
                    actions.stream().map(MeasureTableCompiler::action).toList(),
                    ExceptionCompiler.improving(measures, in.quarter(), in.historyYears())));
        }
        return sections;
    }
}
