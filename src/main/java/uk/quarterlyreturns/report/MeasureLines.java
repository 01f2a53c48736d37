package uk.quarterlyreturns.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.ArrearsPeriod;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.OutturnMarks;
import uk.quarterlyreturns.framework.ProvisionalFigure;
import uk.quarterlyreturns.framework.QuarterMeasures;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.EarlierFigures;

/**
 * The quarter's measures as the report prints them, with what it reads beside their figures: who set an override,
 * which earlier figures were revised or are still provisional, and how each measure's rating rule moved in the year.
 */
@Component
class MeasureLines {

    private final PeopleService people;
    private final EarlierFigures earlierFigures;
    private final OutturnMarks outturnMarks;
    private final RuleChangeRecords ruleChanges;

    MeasureLines(PeopleService people, EarlierFigures earlierFigures, OutturnMarks outturnMarks,
            RuleChangeRecords ruleChanges) {
        this.people = people;
        this.earlierFigures = earlierFigures;
        this.outturnMarks = outturnMarks;
        this.ruleChanges = ruleChanges;
    }

    /**
     * @param rated         the quarter's measures as rated
     * @param figures       the year's figures as this report prints them
     * @param missingReason why a service's Missing items are missing, when it is not simply that nothing came in
     */
    List<MeasureLine> of(List<MeasureStatus> rated, QuarterMeasures.YearFigures figures, ReportingYear year, int q,
            LongFunction<String> missingReason) {
        Map<String, String> names = directorsNamed(rated);
        Map<Long, List<Integer>> revised = earlierFigures.revisedQuarters(
                rated.stream().map(s -> s.measure().id()).toList(), q);
        // last year's outturn made from its figures still provisional, or revised since (its Q4's in this Q1 return)
        Map<String, String> lastOutturn = outturnMarks.of(figures, ids -> earlierFigures.revisedQuarters(ids, 4));
        Map<String, List<TargetChange>> moved = ruleChanges.movedDuringYear(year.id());
        List<MeasureLine> lines = new ArrayList<>();
        for (MeasureStatus s : rated) {
            lines.add(MeasureLineOf.line(s, named(s.overrideInEffect(), names), year,
                    figures.historyOf(s.measure().id()), missingReason.apply(s.measure().serviceId()))
                    .withRevisedQuarters(revised.getOrDefault(s.measure().id(), List.of()))
                    .withProvisionalQuarters(provisionalBefore(s.measure(), q, figures))
                    .withLastOutturnMark(lastOutturn.get(s.measure().code()))
                    .withArrearsPeriod(ArrearsPeriod.of(s.measure().definition(), year.startsOn(), q)
                            .map(ArrearsPeriod::words).orElse(null))
                    .withTargetChanges(moved.get(s.measure().code().toLowerCase(Locale.ROOT))));
        }
        return lines;
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
}
