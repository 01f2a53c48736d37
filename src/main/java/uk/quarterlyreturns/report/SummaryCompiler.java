package uk.quarterlyreturns.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Rag;

/** The executive summary: headline counts, percentages, sentences and the Kent-style tables. */
final class SummaryCompiler {

    private SummaryCompiler() {
    }

    static ExecutiveSummary compile(ReportInput in) {
        List<Rag> all = new ArrayList<>();
        in.measures().forEach(m -> all.add(m.rag()));
        in.actions().forEach(a -> all.add(a.status()));
        SummaryCounts counts = count(all);
        Shares shares = LargestRemainder.of(counts);
        int notDue = (int) all.stream().filter(r -> r == Rag.NOT_DUE).count();
        int noRag = (int) all.stream().filter(r -> r == Rag.NONE).count();

        SummaryCounts previous = in.previousQuarter();
        Shares previousShares = previous == null ? null : LargestRemainder.of(previous);
        String previousName = in.quarter() == 1 ? "Quarter 4 of last year" : "Quarter " + (in.quarter() - 1);
        String previousSentence = previousShares == null ? null
                : previousShares.atRisk() + "% were judged 'at risk' in " + previousName + ".";

        return new ExecutiveSummary(counts, shares, notDue, noRag, in.measures().size(),
                in.actions().size(), SummaryWords.introduction(in, notDue, noRag),
                SummaryWords.sentence(counts, shares), previous, previousShares, previousName,
                previousSentence, SummaryWords.paragraphs(in.commentary()),
                table("Directorate", "Actions and measures by directorate", in,
                        MeasureLine::directorate, ActionLine::directorate, Groups.NO_DIRECTORATE),
                table("Theme", "Actions and measures by theme", in,
                        MeasureLine::theme, ActionLine::theme, Groups.NO_THEME),
                SvgCharts.ragSummary(counts, shares), breakdown(all));
    }

    /** Every status in scale order with its count: the rows add up to every action and measure. */
    static List<BreakdownRow> breakdown(List<Rag> all) {
        List<BreakdownRow> rows = new ArrayList<>();
        for (Rag rag : List.of(Rag.GREEN, Rag.AMBER_GREEN, Rag.AMBER, Rag.RED_AMBER, Rag.RED, Rag.MISSING,
                Rag.NOT_DUE, Rag.NONE)) {
            String group = switch (rag.summary()) {
                case ON_TRACK -> "On track";
                case AT_RISK -> "At risk";
                case OFF_TRACK -> "Off track";
                case MISSING -> "Missing";
                case NOT_COUNTED -> "Counted apart";
            };
            rows.add(new BreakdownRow(rag, rag.code(), rag.label(), RagCells.style(rag), group,
                    (int) all.stream().filter(r -> r == rag).count()));
        }
        return rows;
    }

    static SummaryCounts count(List<Rag> rags) {
        int on = 0;
        int risk = 0;
        int off = 0;
        int missing = 0;
        for (Rag rag : rags) {
            switch (rag.summary()) {
                case ON_TRACK -> on++;
                case AT_RISK -> risk++;
                case OFF_TRACK -> off++;
                case MISSING -> missing++;
                case NOT_COUNTED -> { }
            }
        }
        return new SummaryCounts(on, risk, off, missing);
    }

    /** One row per group in order of first appearance (measures, then actions), and a totals row. */
    static SummaryTable table(String heading, String caption, ReportInput in,
                              Function<MeasureLine, String> measureGroup,
                              Function<ActionLine, String> actionGroup, String fallback) {
        Set<String> names = new LinkedHashSet<>();
        in.measures().forEach(m -> names.add(Groups.name(measureGroup.apply(m), fallback)));
        in.actions().forEach(a -> names.add(Groups.name(actionGroup.apply(a), fallback)));
        List<SummaryRow> rows = new ArrayList<>();
        SummaryRow total = new SummaryRow("Total", 0, 0, 0, 0, 0, 0, 0);
        for (String name : names) {
            List<MeasureLine> measures = in.measures().stream()
                    .filter(m -> Groups.name(measureGroup.apply(m), fallback).equals(name)).toList();
            List<Rag> rags = new ArrayList<>(measures.stream().map(MeasureLine::rag).toList());
            in.actions().stream().filter(a -> Groups.name(actionGroup.apply(a), fallback).equals(name))
                    .forEach(a -> rags.add(a.status()));
            SummaryCounts c = count(rags);
            SummaryRow row = new SummaryRow(name, c.onTrack(), c.atRisk(), c.offTrack(), c.missing(),
                    directions(measures, Direction.IMPROVED),
                    directions(measures, Direction.UNCHANGED),
                    directions(measures, Direction.WORSENED));
            rows.add(row);
            total = total.plus(row, "Total");
        }
        return new SummaryTable(heading, caption, rows, total);
    }

    private static int directions(List<MeasureLine> measures, Direction d) {
        return (int) measures.stream().filter(m -> m.direction() == d).count();
    }
}
