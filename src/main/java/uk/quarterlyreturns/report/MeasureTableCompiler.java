package uk.quarterlyreturns.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A theme's measures table rows and key actions rows, every cell formatted. */
final class MeasureTableCompiler {

    /** Two years of quarters: enough to see a trend, small enough for a table cell. */
    static final int TREND_QUARTERS = 8;

    private MeasureTableCompiler() {
    }

    static List<MeasureGroup> groups(List<MeasureLine> measures, int quarter) {
        List<MeasureGroup> groups = new ArrayList<>();
        Map<String, List<MeasureLine>> byService =
                Groups.inOrder(measures, MeasureLine::service, Groups.NO_SERVICE);
        byService.forEach((service, lines) ->
                groups.add(new MeasureGroup(service, lines.stream().map(m -> row(m, quarter)).toList())));
        return groups;
    }

    static MeasureRow row(MeasureLine m, int quarter) {
        List<String> outturns = java.util.stream.IntStream.range(0, m.outturns().size())
                .mapToObj(i -> Figures.outturn(m.outturns().get(i), m.outturnUnit(i), m.outturnDecimals(i))).toList();
        String arrow = m.direction() == null ? "" : m.direction().arrow();
        String word = m.direction() == null ? Figures.NO_COMPARISON : m.direction().label();
        List<TrendPoint> lastQuarters = m.trend().subList(Math.max(0, m.trend().size() - TREND_QUARTERS),
                m.trend().size());
        long points = lastQuarters.stream().filter(p -> p.value() != null).count();
        TrendChart trend = points < 2 ? null
                : SvgCharts.trend(m.code() + " " + m.title() + (m.inArrears() ? " (reported a quarter in arrears:"
                        + " each figure is for the quarter before)" : ""), lastQuarters, m.unit(),
                        m.decimals());
        return new MeasureRow(m.code(), Figures.measureText(m), outturns,
                Figures.target(m.targetText(), m.unit()), QuarterCells.quarterCells(m, quarter),
                RagCells.of(m.rag(), m.ragComputed(), m.override()), arrow, word, trend, m);
    }

    static ActionRow action(ActionLine a) {
        return new ActionRow(a.code(), a.title(), Figures.tagged(a.code(), a.title()),
                Groups.name(a.service(), Groups.NO_SERVICE), a.directorate(), a.outcome(), RagCells.of(a.status()),
                a.missingReason() == null ? a.commentary() : QuarterCells.missing(a.missingReason()), a.reasons(),
                a.actionsPlanned());
    }
}
