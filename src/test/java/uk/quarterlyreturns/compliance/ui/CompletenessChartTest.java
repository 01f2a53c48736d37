package uk.quarterlyreturns.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.compliance.ComplianceFigures.CurvePoint;

class CompletenessChartTest {

    private static final List<CompletenessChart.Series> SERIES = List.of(
            new CompletenessChart.Series("Q2 2017/18", List.of(new CurvePoint(0, 0), new CurvePoint(7, 40),
                    new CurvePoint(14, 64)), true),
            new CompletenessChart.Series("Q1 2017/18", List.of(new CurvePoint(0, 10), new CurvePoint(7, 50),
                    new CurvePoint(14, 96), new CurvePoint(21, 100)), false));

    /**
     * A strategic director of a directorate new this year: the earlier cycles had no return of it, and were drawn as
     * flat lines at 0% ("95% not reached"); a cycle with no return due yet says so.
     */
    @Test
    void aCycleWithNoReturnDueToThisAudienceDrawsNoCurve() {
        java.time.Instant close = java.time.Instant.parse("2017-09-30T23:00:00Z");
        java.time.Instant deadline = close.plus(java.time.Duration.ofDays(20));
        java.time.Instant until = close.plus(java.time.Duration.ofDays(40));
        uk.quarterlyreturns.compliance.ReturnCompliance in = new uk.quarterlyreturns.compliance.ReturnCompliance(1, 1,
                "Housing", "North", "A Director", uk.quarterlyreturns.returns.ReturnStatus.ACCEPTED,
                close.plus(java.time.Duration.ofDays(5)), true, false, true, 0, 0, 0, null, null);
        var withReturns = figures(close, deadline, until, List.of(in));
        var noneDue = figures(close, deadline, until, List.of());
        java.util.Map<String, uk.quarterlyreturns.compliance.CycleCompliance> earlier = new java.util.LinkedHashMap<>();
        earlier.put("Q1 2017/18", noneDue);
        earlier.put("Q4 2016/17", withReturns);

        List<CompletenessChart.Series> series = CompletenessChart.series("Q2 2017/18", withReturns, earlier);
        assertThat(series).extracting(CompletenessChart.Series::name).containsExactly("Q2 2017/18", "Q4 2016/17");
        assertThat(CompletenessChart.description(CompletenessChart.series("Q2 2017/18", noneDue, earlier)))
                .startsWith("Q2 2017/18: no returns due yet. Q4 2016/17: 100% in by day 40");
    }

    private static uk.quarterlyreturns.compliance.CycleCompliance figures(java.time.Instant close,
            java.time.Instant deadline, java.time.Instant until,
            List<uk.quarterlyreturns.compliance.ReturnCompliance> returns) {
        return new uk.quarterlyreturns.compliance.CycleCompliance(1, close, deadline, until, until, returns,
                uk.quarterlyreturns.compliance.ComplianceFigures.of(close, deadline, until, returns), List.of());
    }

    @Test
    void eachCycleIsALineNamedInTheLegend() {
        String svg = CompletenessChart.svg(SERIES, 35);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"").endsWith("</svg>");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(svg).contains(">Q2 2017/18 (this cycle)</text>").contains(">Q1 2017/18</text>");
        assertThat(svg).contains("stroke-dasharray=\"8 4\" points=");
        assertThat(svg).contains(">95%</text>");
    }

    @Test
    void pointsArePlacedByDayAndPercentage() {
        String svg = CompletenessChart.svg(SERIES, 35);
        // Day 0 sits on the left edge (x 52), 100% on the top of the plot (y 16), 0% at its foot (y 236).
        assertThat(svg).contains("points=\"52,236.0 ").contains("points=\"52,214.0 ").contains(",16.0\"/>");
    }

    @Test
    void theTextAlternativeSaysWhereEachCycleGotTo() {
        assertThat(CompletenessChart.description(SERIES)).isEqualTo("Q2 2017/18: 64% in by day 14, 95% not reached."
                + " Q1 2017/18: 100% in by day 21, 95% reached on day 14.");
        assertThat(CompletenessChart.svg(SERIES, 35)).contains("<desc id=\"curve-desc\">Q2 2017/18: 64% in by day 14");
    }

    @Test
    void namesAreEscaped() {
        String svg = CompletenessChart.svg(List.of(new CompletenessChart.Series("Q1 <A&B>", List.of(), true)), 35);
        assertThat(svg).contains("Q1 &lt;A&amp;B&gt;").doesNotContain("<A&B>");
    }
}
