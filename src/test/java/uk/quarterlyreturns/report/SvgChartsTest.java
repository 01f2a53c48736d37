package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.quarterlyreturns.framework.Unit;

class SvgChartsTest {

    @Test
    void ragSummaryIsWellFormedTitledAndEveryBarCarriesItsCount() throws Exception {
        String svg = SvgCharts.ragSummary(new SummaryCounts(33, 15, 12, 2), new Shares(53, 24, 20, 3));

        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("RAG summary of actions and measures:"
                + " 33 on track (53%), 15 at risk (24%), 12 off track (20%), 2 missing (3%)");
        assertThat(text(doc, "title")).containsExactly(root.getAttribute("aria-label"));
        assertThat(doc.getElementsByTagNameNS("*", "rect").getLength()).isEqualTo(4);
        assertThat(text(doc, "text")).containsExactly(
                "On track", "33 (53%)", "At risk", "15 (24%)", "Off track", "12 (20%)", "Missing", "2 (3%)");
    }

    @Test
    void theLongestBarIsTheLargestCount() throws Exception {
        Document doc = parse(SvgCharts.ragSummary(new SummaryCounts(10, 5, 0, 1), new Shares(63, 31, 0, 6)));
        NodeList bars = doc.getElementsByTagNameNS("*", "rect");

        assertThat(((Element) bars.item(0)).getAttribute("width")).isEqualTo("300");
        assertThat(((Element) bars.item(1)).getAttribute("width")).isEqualTo("150");
        assertThat(((Element) bars.item(2)).getAttribute("width")).isEqualTo("0");
        assertThat(((Element) bars.item(3)).getAttribute("width")).isEqualTo("30");
    }

    @Test
    void trendEscapesTheMeasureTitleAndDescribesEveryQuarter() throws Exception {
        List<TrendPoint> points = new ArrayList<>(Arrays.asList(
                new TrendPoint("Q3 16/17", new BigDecimal("71.4")),
                new TrendPoint("Q4 16/17", null),
                new TrendPoint("Q1 17/18", new BigDecimal("67.3")),
                new TrendPoint("Q2 17/18", new BigDecimal("65.3"))));

        TrendChart chart = SvgCharts.trend("3.1 <script>alert(1)</script> & more", points, Unit.RATE_PER_10K, 1);

        assertThat(chart.svg()).doesNotContain("<script>");
        Document doc = parse(chart.svg());
        assertThat(text(doc, "title")).containsExactly("Trend for 3.1 <script>alert(1)</script> & more:"
                + " Q3 16/17 71.4 per 10k; Q4 16/17 no figure; Q1 17/18 67.3 per 10k; Q2 17/18 65.3 per 10k");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo(text(doc, "title").get(0));
        // three figures plotted right of the value axis, the highest at the top; the dot on the latest
        assertThat(((Element) doc.getElementsByTagNameNS("*", "polyline").item(0)).getAttribute("points"))
                .isEqualTo("6.0,4.0 38.0,20.1 54.0,28.0");
        Element dot = (Element) doc.getElementsByTagNameNS("*", "circle").item(0);
        assertThat(dot.getAttribute("cx")).isEqualTo("54.0");
        // the axes are labelled beside the SVG, which draws no text: highest and lowest figure at the
        // ticks level with the line's top and bottom, first and last quarter under the axis
        assertThat(doc.getElementsByTagNameNS("*", "text").getLength()).isZero();
        assertThat(chart.high()).isEqualTo("71.4");
        assertThat(chart.low()).isEqualTo("65.3");
        assertThat(chart.span()).isEqualTo("Q3 16/17 to Q2 17/18");
        assertThat(axes(doc)).contains("M0,4.0 H3.0", "M0,28.0 H3.0");
    }

    @Test
    void aFlatTrendHasOneLabelAndOneTickLevelWithTheLine() throws Exception {
        List<TrendPoint> points = List.of(new TrendPoint("Q1 17/18", new BigDecimal("50")),
                new TrendPoint("Q2 17/18", new BigDecimal("50")));

        TrendChart chart = SvgCharts.trend("1.1 Flat", points, Unit.PERCENT, 0);

        Document doc = parse(chart.svg());
        assertThat(((Element) doc.getElementsByTagNameNS("*", "polyline").item(0)).getAttribute("points"))
                .isEqualTo("6.0,16.0 54.0,16.0");
        assertThat(chart.flat()).isTrue();
        assertThat(chart.high()).isEqualTo("50%");
        assertThat(chart.low()).isNull();
        assertThat(axes(doc)).contains("M0,16.0 H3.0").doesNotContain("M0,4.0").doesNotContain("M0,28.0");
    }

    private static String axes(Document doc) {
        return ((Element) doc.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d");
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> text(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
