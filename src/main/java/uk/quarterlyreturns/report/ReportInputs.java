package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.db.OneMoment;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.framework.BandEdges;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterMeasures;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.returns.HighlightReports;

/**
 * Gathers what a cycle's report is made from: measures as rated, key actions, history, compliance; all read from one
 * snapshot of the database (OneMoment), so that a change saved meanwhile is in every part of the report or in none.
 */
@Component
class ReportInputs {

    private static final String[] PERIODS = {"April to June", "July to September", "October to December",
        "January to March"};

    private final OneMoment moment;
    private final QuarterMeasures quarterMeasures;
    private final KeyActionRepository actions;
    private final ReturnsIn returnsIn;
    private final MeasureLines measureLines;
    private final EarlierCounts earlierCounts;
    private final HighlightReports highlights;
    private final String organisation;

    ReportInputs(OneMoment moment, QuarterMeasures quarterMeasures, KeyActionRepository actions, ReturnsIn returnsIn,
            MeasureLines measureLines, EarlierCounts earlierCounts, HighlightReports highlights,
            QuarterlySettings settings) {
        this.moment = moment;
        this.quarterMeasures = quarterMeasures;
        this.actions = actions;
        this.returnsIn = returnsIn;
        this.measureLines = measureLines;
        this.earlierCounts = earlierCounts;
        this.highlights = highlights;
        this.organisation = settings.organisation();
    }

    /**
     * At compilation the deadline has passed: anything still absent is Missing. So is everything of a return never
     * submitted: the report is compiled with what is in, and a return is in once first submitted, so figures typed
     * or fed into a return that nobody submitted (let alone signed off) are not reported. Nor are those of a return
     * sent back for rework and not yet submitted again: they may be half-reworked, and what was sent back was judged
     * not fit to print; its items print as Missing, saying why. A version prints a return reopened for correction
     * and not yet accepted again as Missing too; a draft prints it as it stands (ReportDrafts marks it).
     */
    ReportInput gather(Cycle cycle, ReportingYear year, int version, String changeNote, String commentary,
            CabinetCover cabinet, LocalDate compiledOn) {
        return moment.read(at -> gatherNow(cycle, year, version, changeNote, commentary, cabinet, compiledOn,
                ReturnsIn.Compiling.VERSION));
    }

    /** The same for a draft, which prints a reopened return's figures as they stand. */
    ReportInput gatherForDraft(Cycle cycle, ReportingYear year, int version, String changeNote, String commentary,
            CabinetCover cabinet, LocalDate compiledOn) {
        return moment.read(at -> gatherNow(cycle, year, version, changeNote, commentary, cabinet, compiledOn,
                ReturnsIn.Compiling.DRAFT));
    }

    private ReportInput gatherNow(Cycle cycle, ReportingYear year, int version, String changeNote, String commentary,
            CabinetCover cabinet, LocalDate compiledOn, ReturnsIn.Compiling compiling) {
        int q = cycle.quarter();
        ReturnsIn.OfCycle returns = returnsIn.of(cycle, compiling);
        // the year's measures, figures and history are read once, for this quarter and the ones before;
        // an earlier quarter's return never submitted (or sent back) had nothing in either: its figures are not this
        // report's Q1 column, direction of travel or "…% were judged 'at risk'", as they were not in that quarter's
        // report; the return's own form and checks leave them out by the same rule
        QuarterMeasures.YearFigures figures = quarterMeasures.earlierIn(quarterMeasures.read(year), q);
        List<KeyAction> keyActions = actions.forYear(year.id());
        List<KeyActionRepository.Status> statuses = KeyActionLines.withoutQuarter(
                actions.statusesForYear(year.id()), q, returns.notIn(), keyActions);
        for (int earlier = 1; earlier < q; earlier++) {
            statuses = KeyActionLines.withoutQuarter(statuses, earlier, returnsIn.earlierNotIn(year, earlier),
                    keyActions);
        }
        List<String> historyYears = List.of(MeasureLineOf.label(year, 3), MeasureLineOf.label(year, 2),
                MeasureLineOf.label(year, 1));
        List<MeasureStatus> rated = quarterMeasures.forQuarter(figures.withoutQuarter(q, returns.notIn()), q, true);
        List<MeasureLine> measures = measureLines.of(rated, figures, year, q, returns::missingReason);
        List<KeyActionRepository.Status> kept = statuses;
        List<ActionLine> actionLines = keyActions.stream().map(a -> KeyActionLines.line(a, kept, q,
                returns.missingReason(a.serviceId()))).toList();
        QuarterMeasures.YearFigures inThen = figures;
        SummaryCounts previous = earlierCounts.before(year, q, () -> quarterMeasures.forQuarter(inThen, q - 1, true),
                keyActions, kept);
        int calendarYear = q == 4 ? year.startsOn().getYear() + 1 : year.startsOn().getYear();
        Map<String, ReturnCompliance> byService = returns.returns().returns().stream()
                .collect(Collectors.toMap(ReturnCompliance::service, r -> r, (a, b) -> a));
        return new ReportInput(organisation, q, year.display(), PERIODS[q - 1] + " " + calendarYear,
                ReportStatus.DRAFT, null, null, version, changeNote, historyYears, measures, actionLines, previous,
                ReturnsIn.facts(returns), commentary, cabinet, compiledOn,
                rules(year, rated), highlights.forCycle(cycle.id()).stream()
                        .map(h -> ReturnsIn.highlightLine(h, byService.get(h.service()), compiling)).toList());
    }

    /** Which rating rules the year's measures use, for the report's key. */
    private static RatingRules rules(ReportingYear year, List<MeasureStatus> measures) {
        List<FrameworkRow> rows = measures.stream().map(s -> s.measure().definition()).toList();
        BandEdges edges = year.bandEdges() == null ? BandEdges.DEFAULT : year.bandEdges();
        return new RatingRules(List.of(edges.e1(), edges.e2(), edges.e3()),
                rows.stream().anyMatch(r -> r.ragScheme() == RagScheme.FIVE_POINT),
                rows.stream().anyMatch(r -> r.ragScheme() == RagScheme.TARGET_FLOOR),
                rows.stream().filter(r -> r.ragScheme() == RagScheme.TOLERANCE && r.tolerancePct() != null)
                        .map(FrameworkRow::tolerancePct).map(BigDecimal::stripTrailingZeros)
                        .collect(Collectors.toCollection(TreeSet::new)).stream().toList());
    }
}
