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
