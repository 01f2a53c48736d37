package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.HistoryEntry;
import uk.quarterlyreturns.framework.MeasureRule;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagEngine;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/** One measure's line of the report, from the measure as rated and its history. */
final class MeasureLineOf {

    private static final RagEngine RULES = new RagEngine();

    private MeasureLineOf() {
    }

    static MeasureLine line(MeasureStatus s, RagOverride override, ReportingYear year, List<HistoryEntry> history,
            String missingReason) {
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
        // only the setting that divides its Amber from Red: a floor kept under another scheme, or beside no target,
        // decides nothing
        MeasureRule rule = s.measure().rule();
        RagScheme scheme = rule.target().hasValue() ? rule.scheme() : RagScheme.NONE;
        BigDecimal floor = scheme == RagScheme.TARGET_FLOOR ? rule.floor() : null;
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
                .floor(floor).floorToDate(cumulative && floor != null
                        ? RULES.profiledFloor(rule, s.quarter(), s.quarterValues()).orElse(null) : null)
                .tolerancePct(scheme == RagScheme.TOLERANCE ? rule.tolerancePct() : null)
                .build();
    }

    /** The year's outturn (its value, and its own unit when it was published in another), or null. */
    private static HistoryEntry outturn(List<HistoryEntry> history, String yearLabel) {
        return history.stream().filter(h -> h.quarter() == null && h.year().equals(yearLabel))
                .findFirst().orElse(null);
    }

    /** "14/15" for three years before 2017-18. */
    static String label(ReportingYear year, int yearsBack) {
        return shortYear(ReportingYear.labelOf(year.startsOn().getYear() - yearsBack));
    }

    private static String shortYear(String label) {
        return label.substring(2, 4) + "/" + label.substring(5, 7);
    }
}
