package uk.quarterlyreturns.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ArrearsPeriod;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.BandEdges;
import uk.quarterlyreturns.framework.HistoryEntry;
import uk.quarterlyreturns.framework.OutturnMarks;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.ProvisionalFigure;
import uk.quarterlyreturns.framework.QuarterMeasures;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagEngine;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.RagSummary;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.base.QuarterlySettings;

/** Gathers what a cycle's report is made from: measures as rated, key actions, history, compliance. */
@Component
class ReportInputs {

    private static final RagEngine RULES = new RagEngine();
    /** Why a sent-back return's items are Missing, printed after "Missing: ". */
    static final String BEING_REWORKED = "sent back for rework, not yet submitted again";
    /** Why a draft prints a return's items as Missing while its agreed extension still runs, before the date. */
    static final String NOT_YET_DUE = "not yet due, its deadline extended to ";
    /** Why a highlight report asked for is not printed, after "Missing: ": its return is not in, or it is empty. */
    static final String HIGHLIGHT_NOT_IN = "asked for, but the service's return is not in";
    static final String HIGHLIGHT_NOT_GIVEN = "asked for, but the service's return gives none";
    private static final String[] PERIODS = {"April to June", "July to September", "October to December",
        "January to March"};

    private final QuarterMeasures quarterMeasures;
    private final KeyActionRepository actions;
    private final ComplianceService compliance;
    private final HighlightReports highlights;
    private final PeopleService people;
    private final CycleRepository cycles;
    private final ReportVersions versions;
    private final ObjectMapper json;
    private final String organisation;
    private final YearRepository years;
    private final EarlierFigures earlierFigures;
    private final OutturnMarks outturnMarks;
    private final RuleChangeRecords ruleChanges;

    ReportInputs(QuarterMeasures quarterMeasures, KeyActionRepository actions,
            ComplianceService compliance, HighlightReports highlights, PeopleService people,
            CycleRepository cycles, ReportVersions versions, ObjectMapper json, QuarterlySettings settings,
            YearRepository years, EarlierFigures earlierFigures, OutturnMarks outturnMarks,
            RuleChangeRecords ruleChanges) {
        this.ruleChanges = ruleChanges;
        this.years = years;
        this.earlierFigures = earlierFigures;
        this.outturnMarks = outturnMarks;
        this.quarterMeasures = quarterMeasures;
        this.cycles = cycles;
        this.versions = versions;
        this.json = json;
        this.people = people;
        this.actions = actions;
        this.compliance = compliance;
        this.highlights = highlights;
        this.organisation = settings.organisation();
    }

    /**
     * At compilation the deadline has passed: anything still absent is Missing. So is everything of a return never
     * submitted: the report is compiled with what is in, and a return is in once first submitted, so figures typed
     * or fed into a return that nobody submitted (let alone signed off) are not reported. Nor are those of a return
     * sent back for rework and not yet submitted again: they may be half-reworked, and what was sent back was judged
     * not fit to print; its items print as Missing, saying why.
     */
    ReportInput gather(Cycle cycle, ReportingYear year, int version, String changeNote, String commentary,
            CabinetCover cabinet, LocalDate compiledOn) {
        int q = cycle.quarter();
        CycleCompliance returns = compliance.forCycle(cycle.id());
        Set<Long> notIn = returns.returns().stream().filter(r -> !r.reported()).map(ReturnCompliance::serviceId)
                .collect(Collectors.toSet());
        Set<Long> reworked = returns.returns().stream().filter(r -> r.status().beingReworked())
                .map(ReturnCompliance::serviceId).collect(Collectors.toSet());
        // a draft's return not in while its agreed extension runs is not one the service failed to make
        Map<Long, String> notYetDue = returns.returns().stream().filter(r -> r.notYetDue(returns.until()))
                .collect(Collectors.toMap(ReturnCompliance::serviceId,
                        r -> NOT_YET_DUE + ReportDates.dateTime(r.extendedTo())));
        // the year's measures, figures and history are read once, for this quarter and the ones before
        QuarterMeasures.YearFigures figures = quarterMeasures.read(year);
        List<KeyAction> keyActions = actions.forYear(year.id());
        List<KeyActionRepository.Status> statuses = withoutQuarter(actions.statusesForYear(year.id()), q, notIn,
                keyActions);
        // an earlier quarter's return never submitted had nothing in either: its figures are not this report's
        // Q1 column, direction of travel or "…% were judged 'at risk'", as they were not in that quarter's report
        for (int earlier = 1; earlier < q; earlier++) {
            Set<Long> notInThen = earlierNotIn(year, earlier);
            figures = figures.withoutQuarter(earlier, notInThen);
            statuses = withoutQuarter(statuses, earlier, notInThen, keyActions);
        }
        List<String> historyYears = List.of(label(year, 3), label(year, 2), label(year, 1));
        List<MeasureLine> measures = new ArrayList<>();
        List<MeasureStatus> statuses0 = quarterMeasures.forQuarter(figures.withoutQuarter(q, notIn), q, true);
        Map<String, String> names = directorsNamed(statuses0);
        Map<Long, List<Integer>> revised = earlierFigures.revisedQuarters(
                statuses0.stream().map(s -> s.measure().id()).toList(), q);
        // last year's outturn made from its figures still provisional, or revised since (its Q4's in this Q1 return)
        Map<String, String> lastOutturn = outturnMarks.of(figures, ids -> earlierFigures.revisedQuarters(ids, 4));
        Map<String, List<TargetChange>> moved = ruleChanges.movedDuringYear(year.id());
        for (MeasureStatus s : statuses0) {
            measures.add(line(s, named(s.overrideInEffect(), names), year, figures.historyOf(s.measure().id()),
                    reworked.contains(s.measure().serviceId()) ? BEING_REWORKED
                            : notYetDue.get(s.measure().serviceId()))
                    .withRevisedQuarters(revised.getOrDefault(s.measure().id(), List.of()))
                    .withProvisionalQuarters(provisionalBefore(s.measure(), q, figures))
                    .withLastOutturnMark(lastOutturn.get(s.measure().code()))
                    .withArrearsPeriod(ArrearsPeriod.of(s.measure().definition(), year.startsOn(), q)
                            .map(ArrearsPeriod::words).orElse(null))
                    .withTargetChanges(moved.get(s.measure().code().toLowerCase(java.util.Locale.ROOT))));
        }
        List<KeyActionRepository.Status> kept = statuses;
        List<ActionLine> actionLines = keyActions.stream().map(a -> actionLine(a, kept, q,
                reworked.contains(a.serviceId()) ? BEING_REWORKED : notYetDue.get(a.serviceId()))).toList();
        QuarterMeasures.YearFigures inThen = figures;
        // a quarter never collected here (a council whose first cycle is a later one) was judged by no report
        SummaryCounts previous = q == 1 ? lastYearsFourthQuarter(year) : cycles.find(cycle.yearId(), q - 1).isEmpty()
                ? null : published(cycle.yearId(), q - 1).orElseGet(() -> counts(quarterMeasures.forQuarter(inThen,
                        q - 1, true), keyActions, kept, q - 1));
        int calendarYear = q == 4 ? year.startsOn().getYear() + 1 : year.startsOn().getYear();
        Map<String, ReturnCompliance> byService = returns.returns().stream()
                .collect(Collectors.toMap(ReturnCompliance::service, r -> r, (a, b) -> a));
        return new ReportInput(organisation, q, year.display(), PERIODS[q - 1] + " " + calendarYear,
                ReportStatus.DRAFT, null, null, version, changeNote, historyYears, measures, actionLines, previous,
                complianceFacts(returns), commentary, cabinet, compiledOn,
                rules(year, statuses0), highlights.forCycle(cycle.id()).stream()
                        .map(h -> highlightLine(h, byService.get(h.service()))).toList());
    }

    /**
     * The quarters before this one whose figure, as this report prints it, is still provisional: a Q1 figure not yet
     * made final is no more final in the Q2 report than it was in Q1's.
     */
    private static List<Integer> provisionalBefore(Measure measure, int quarter, QuarterMeasures.YearFigures figures) {
        return figures.values().getOrDefault(measure.id(), List.of()).stream()
                .filter(v -> v.quarter() < quarter && ProvisionalFigure.of(measure, v.quarter(), v))
                .map(QuarterValue::quarter).sorted().toList();
    }

    /**
     * A service's highlight report as the report prints it: what its return gave, once the return is in; otherwise,
     * or when it gave nothing, the words saying so, rather than empty headings.
     */
    static HighlightLine highlightLine(HighlightReports.ServiceHighlight h, ReturnCompliance r) {
        Highlight given = h.highlight();
        if (r != null && !r.reported()) {
            return new HighlightLine(h.service(), h.directorate(), null, null, null, "Missing: " + (r.status()
                    .beingReworked() ? BEING_REWORKED : HIGHLIGHT_NOT_IN));
        }
        return new HighlightLine(h.service(), h.directorate(), given.currentIssues(), given.improvements(),
                given.narrative(), given.isBlank() ? "Missing: " + HIGHLIGHT_NOT_GIVEN : null);
    }

    /**
     * The services whose return of an earlier quarter of the year was never submitted, or is being reworked; none
     * without its cycle.
     */
    private Set<Long> earlierNotIn(ReportingYear year, int quarter) {
        return cycles.find(year.id(), quarter).map(c -> compliance.forCycle(c.id()).returns().stream()
                .filter(r -> !r.reported()).map(ReturnCompliance::serviceId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** The key actions' statuses without the quarter's of services whose return is not in. */
    private static List<KeyActionRepository.Status> withoutQuarter(List<KeyActionRepository.Status> statuses,
            int q, Set<Long> notIn, List<KeyAction> keyActions) {
        Set<Long> dropped = keyActions.stream().filter(a -> notIn.contains(a.serviceId())).map(KeyAction::id)
                .collect(Collectors.toSet());
        return statuses.stream().filter(s -> s.quarter() != q || !dropped.contains(s.actionId())).toList();
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

    /** The names of the directors who set the overrides in effect, read at once. */
    private Map<String, String> directorsNamed(List<MeasureStatus> statuses) {
        Set<String> by = statuses.stream().map(MeasureStatus::overrideInEffect).filter(Objects::nonNull)
                .map(RagOverride::by).collect(Collectors.toSet());
        return people.find(by).stream().collect(Collectors.toMap(Person::username, Person::displayName));
    }

    /**
     * The override as the report prints it: "RAG set by" the director's name, as readers know them, not the
     * username it was saved under (kept when that person is no longer on the system).
     */
    private static RagOverride named(RagOverride override, Map<String, String> names) {
        if (override == null) {
            return null;
        }
        return new RagOverride(override.rag(), names.getOrDefault(override.by(), override.by()), override.at(),
                override.justification());
    }

    private static MeasureLine line(MeasureStatus s, RagOverride override, ReportingYear year,
            List<HistoryEntry> history, String missingReason) {
        FrameworkRow d = s.measure().definition();
        List<String> years = List.of(3, 2, 1).stream()
                .map(back -> ReportingYear.labelOf(year.startsOn().getYear() - back)).toList();
        List<HistoryEntry> past = years.stream().map(label -> outturn(history, label)).toList();
        List<BigDecimal> outturns = past.stream().map(h -> h == null ? null : h.value()).toList();
        boolean cumulative = s.measure().rule().addsUpQuarters();
        // the quarter's report holds no later quarter's figure: one compiled again for a correction while the
        // next quarter's figures come in must not carry them
        List<BigDecimal> quarters = new ArrayList<>(s.quarterValues());
        for (int i = s.quarter(); i < quarters.size(); i++) {
            quarters.set(i, null);
        }
        // the year to date as the RAG judged it (and the return's screens print it): each quarter's figure at the
        // measure's precision, then added up; added up unrounded, "(21 cum)" could sit beside a RAG judged on 20
        List<BigDecimal> ytd = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ytd.add(cumulative && i < s.quarter()
                    ? RULES.judgedValue(s.measure().rule(), i + 1, s.quarterValues()).orElse(null) : null);
        }
        List<TrendPoint> trend = new ArrayList<>();
        history.stream().filter(h -> h.quarter() != null && h.year().equals(year.previousLabel()))
                .forEach(h -> trend.add(new TrendPoint("Q" + h.quarter() + " " + shortYear(h.year()), h.value())));
        for (int i = 0; i < s.quarter(); i++) {
            if (s.quarterValues().get(i) != null) {
                trend.add(new TrendPoint("Q" + (i + 1) + " " + shortYear(year.label()), s.quarterValues().get(i)));
            }
        }
        String target = switch (d.target().kind()) {
            case VALUE -> d.target().value().toPlainString();
            case NO_TARGET -> "No target";
            case TBA -> "TBA";
        };
        return MeasureLine.builder().code(d.code()).source(d.source()).title(d.title())
                .directorate(d.directorate()).service(d.service()).theme(d.theme()).outcome(d.outcome())
                .unit(d.unit()).decimals(d.decimals()).cumulative(cumulative).outturns(outturns).targetText(target)
                .quarterValues(quarters).yearToDate(ytd).rag(s.rag()).ragComputed(s.ragComputed()).override(override)
                .direction(s.direction())
                .reasons(s.entry() == null ? null : s.entry().reasons())
                .actionsPlanned(s.entry() == null ? null : s.entry().actionsPlanned())
                .lowerThreshold(d.lowerThreshold()).upperThreshold(d.upperThreshold()).activity(s.activity())
                .trend(trend.subList(Math.max(0, trend.size() - 8), trend.size()))
                .notAvailableReason(s.notAvailable() ? s.entry().notAvailableReason() : null)
                .outturnUnits(past.stream().map(h -> h == null ? null : h.unit()).toList())
                .targetToDate(cumulative && d.target().hasValue() ? s.target() : null)
                .ratio(s.entry() == null ? null : FigureSource.ratio(s.entry().numerator(), s.entry().denominator()))
                .comparedWith(s.comparedWith()).missingReason(s.rag() == Rag.MISSING ? missingReason : null)
                .yearToDateMissing(s.missingQuarters()).provisional(s.provisional())
                .build();
    }

    private static ActionLine actionLine(KeyAction a, List<KeyActionRepository.Status> statuses, int q) {
        return actionLine(a, statuses, q, null);
    }

    private static ActionLine actionLine(KeyAction a, List<KeyActionRepository.Status> statuses, int q,
            String missingReason) {
        KeyActionRepository.Status s = statuses.stream()
                .filter(x -> x.actionId() == a.id() && x.quarter() == q).findFirst().orElse(null);
        var d = a.definition();
        return new ActionLine(d.code(), d.title(), d.directorate(), d.service(), d.theme(),
                s == null || s.status() == null ? Rag.MISSING : s.status(), s == null ? null : s.commentary(),
                s == null ? null : s.reasons(), s == null ? null : s.actionsPlanned(),
                s == null || s.status() == null ? missingReason : null);
    }

    private static SummaryCounts counts(List<MeasureStatus> measures, List<KeyAction> keyActions,
            List<KeyActionRepository.Status> statuses, int q) {
        List<Rag> rags = new ArrayList<>(measures.stream().map(MeasureStatus::rag).filter(Objects::nonNull).toList());
        keyActions.forEach(a -> rags.add(actionLine(a, statuses, q).status()));
        return new SummaryCounts(count(rags, RagSummary.ON_TRACK), count(rags, RagSummary.AT_RISK),
                count(rags, RagSummary.OFF_TRACK), count(rags, RagSummary.MISSING));
    }

    /**
     * The quarter's counts as its report was published (its latest approved version), so that "11% were judged 'at
     * risk' in Quarter 1" quotes what readers were told. Worked out again from the figures, it could differ: a
     * return missing from that report may have come in since, or its figures been typed in since without submitting.
     */
    private Optional<SummaryCounts> published(long yearId, int quarter) {
        return cycles.find(yearId, quarter).flatMap(c -> versions.forCycle(c.id()).stream()
                .filter(v -> v.status() == ReportStatus.APPROVED).reduce((earlier, later) -> later))
                .map(v -> {
                    try {
                        ReportInput in = json.readValue(versions.inputJson(v.id()), ReportInput.class);
                        List<Rag> rags = new ArrayList<>(in.measures().stream().map(MeasureLine::rag).toList());
                        in.actions().forEach(a -> rags.add(a.status()));
                        return SummaryCompiler.count(rags);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /**
     * Quarter 1 compares with Quarter 4 of last year, as its published report printed it (last year's framework,
     * another set of measures, is not rated again here); nothing when that report was never published.
     */
    private SummaryCounts lastYearsFourthQuarter(ReportingYear year) {
        return years.find(year.previousLabel()).flatMap(last -> published(last.id(), 4)).orElse(null);
    }

    private static int count(List<Rag> rags, RagSummary summary) {
        return (int) rags.stream().filter(r -> r.summary() == summary).count();
    }

    /** Compliance's own figures, so the report prints the numbers the compliance screen shows. */
    private static ComplianceFacts complianceFacts(CycleCompliance c) {
        Integer atThreeWeeks = c.figures().inAtThreeWeeksPct();
        int chases = c.returns().stream().mapToInt(r -> r.remindersSent() + r.escalations()).sum();
        return new ComplianceFacts(c.due(), c.inOnTime(), c.inLate(), c.missing(), c.daysTo95(),
                c.returns().stream().map(r -> new ServiceCompliance(r.service(), r.director(), r.status().label(),
                        r.firstSubmittedAt(), r.onTime(), r.remindersSent(), r.escalations(), r.extendedTo())).toList(),
                c.deadline(), atThreeWeeks, chases, c.until(), c.figures().extended());
    }

    /** The year's outturn (its value, and its own unit when it was published in another), or null. */
    private static HistoryEntry outturn(List<HistoryEntry> history, String yearLabel) {
        return history.stream().filter(h -> h.quarter() == null && h.year().equals(yearLabel))
                .findFirst().orElse(null);
    }

    /** "14/15" for three years before 2017-18. */
    private static String label(ReportingYear year, int yearsBack) {
        return shortYear(ReportingYear.labelOf(year.startsOn().getYear() - yearsBack));
    }

    private static String shortYear(String label) {
        return label.substring(2, 4) + "/" + label.substring(5, 7);
    }
}
