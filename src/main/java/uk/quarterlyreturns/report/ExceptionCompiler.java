package uk.quarterlyreturns.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.framework.Comparison;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.OutturnMark;
import uk.quarterlyreturns.framework.Rag;

/**
 * "Performance by exception": every measure and key action whose effective RAG is Amber or worse,
 * grouped by service with the service's reasons and planned actions. Missing items are not here: they
 * are a compliance matter, counted in the summary.
 */
final class ExceptionCompiler {

    private ExceptionCompiler() {
    }

    static List<ExceptionGroup> compile(List<MeasureLine> measures, List<ActionLine> actions,
                                        int quarter, List<String> historyYears) {
        Map<String, List<ExceptionItem>> byService = new LinkedHashMap<>();
        for (MeasureLine m : measures) {
            if (m.rag().isAmberOrWorse()) {
                byService.computeIfAbsent(Groups.name(m.service(), Groups.NO_SERVICE), k -> new ArrayList<>())
                        .add(measure(m, quarter, historyYears));
            }
        }
        for (ActionLine a : actions) {
            if (a.status().isAmberOrWorse()) {
                byService.computeIfAbsent(Groups.name(a.service(), Groups.NO_SERVICE), k -> new ArrayList<>())
                        .add(new ExceptionItem("Key action", a.code(), Figures.tagged(a.code(), a.title()),
                                RagCells.of(a.status()), "", a.commentary(), a.reasons(), a.actionsPlanned(),
                                null));
            }
        }
        List<ExceptionGroup> groups = new ArrayList<>();
        byService.forEach((service, items) -> groups.add(new ExceptionGroup(service, items)));
        return groups;
    }

    /**
     * The other way round: measures whose direction of travel is improved, those that met their target (Green by the
     * rule, and not overridden to another RAG) first. Key actions have no direction of travel, so they are not here.
     */
    static List<ImprovingItem> improving(List<MeasureLine> measures, int quarter, List<String> historyYears) {
        List<ImprovingItem> green = new ArrayList<>();
        List<ImprovingItem> better = new ArrayList<>();
        for (MeasureLine m : measures) {
            if (m.direction() != Direction.IMPROVED) {
                continue;
            }
            // on target by the rule: a Green a director set over a computed Amber is marked G*, never "on target"
            boolean reachedGreen = m.rag() == Rag.GREEN && m.ragComputed() == Rag.GREEN;
            ImprovingItem item = new ImprovingItem(Groups.name(m.service(), Groups.NO_SERVICE), m.code(),
                    m.code() + " " + Figures.measureText(m), RagCells.of(m.rag(), m.ragComputed(), m.override()),
                    figures(m, quarter, historyYears), reachedGreen ? "Improved and on target (Green)" : "Improved");
            (reachedGreen ? green : better).add(item);
        }
        List<ImprovingItem> all = new ArrayList<>(green);
        all.addAll(better);
        return all;
    }

    private static ExceptionItem measure(MeasureLine m, int quarter, List<String> historyYears) {
        return new ExceptionItem("Measure", m.code(), m.code() + " " + Figures.measureText(m),
                RagCells.of(m.rag(), m.ragComputed(), m.override()), figures(m, quarter, historyYears),
                null, m.reasons(), m.actionsPlanned(), TargetChangeWords.sentence(m));
    }

    /**
     * "Q2: 65.3; Target: 60; Floor: 55; 16/17: 70.2; ↑ Improved against Q1 2017/18 (previous quarter): 67.3": what a
     * reader needs beside the words, with what divides Amber from Red and the figure the direction was judged against
     * (last year's outturn once only).
     */
    static String figures(MeasureLine m, int quarter, List<String> historyYears) {
        List<String> parts = new ArrayList<>();
        String latest = QuarterCells.quarterCells(m, quarter).get(quarter - 1);
        parts.add("Q" + quarter + ": " + (latest.isEmpty() ? "no figure" : latest) + QuarterCells.provisional(m, quarter));
        if (m.inArrears()) {
            // the figure stands in this quarter's place, but a reader must not take it for this quarter's
            parts.add("the figure is for " + m.arrearsPeriod() + ", reported a quarter in arrears");
        }
        // beside the target, what divides its Amber from Red: a floor, or a tolerance
        parts.add("Target: " + Figures.target(m.targetText(), m.unit()) + Figures.targetToDate(m)
                + Figures.amberRule(m));
        Outturn last = lastOutturn(m, historyYears);
        boolean comparedWithOutturn = m.comparedWith() != null
                && Comparison.LAST_YEARS_OUTTURN.equals(m.comparedWith().basis());
        String outturnMark = last == null ? "" : outturnMark(m, last);
        if (last != null && !comparedWithOutturn) {
            parts.add(last.year() + ": " + Figures.outturn(m.outturns().get(last.index()), m.outturnUnit(last.index()),
                    m.outturnDecimals(last.index())) + outturnMark);
        }
        // "against Q1" beside "the figure is for Q1" would read as Q1 against itself
        parts.add(Figures.direction(m) + (m.inArrears() && m.comparedWith() != null
                ? ", itself the figure for the quarter before" : "") + (comparedWithOutturn ? outturnMark : ""));
        return String.join("; ", parts);
    }

    private record Outturn(String year, int index) {
    }

    /**
     * " (provisional)" or " (revised)" after last year's outturn, as the tables print it "p" or "r": made from a
     * figure still provisional, or revised since; only the last year's is ever marked.
     */
    private static String outturnMark(MeasureLine m, Outturn last) {
        if (last.index() != m.outturns().size() - 1 || m.lastOutturnMark() == null) {
            return "";
        }
        return OutturnMark.PROVISIONAL.equals(m.lastOutturnMark()) ? " (provisional)" : " (revised)";
    }

    /** The latest year's outturn when there is one: readers compare with last year first. */
    private static Outturn lastOutturn(MeasureLine m, List<String> historyYears) {
        int last = Math.min(historyYears.size(), m.outturns().size()) - 1;
        if (last < 0 || m.outturns().get(last) == null) {
            return null;
        }
        return new Outturn(historyYears.get(last), last);
    }
}
