package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Which charts {@link Sparklines} draws itself (a trend's axis path, line and dot) and which it leaves to Batik, and
 * where its shapes land on the page.
 */
class SparklinesTest {

    private static final String TREND = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"58\" height=\"32\""
            + " aria-label=\"Trend for 1.1\" alt=\"Trend for 1.1\"><title>Trend for 1.1</title>"
            + "<path d=\"M3.0,4.0 V30.0 H54.0 M0,4.0 H3.0\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"0.5\"/>"
            + "<polyline fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"1.5\" points=\"6.0,25.6 30.0,4.0 54.0,28.0\"/>"
            + "<circle cx=\"54.0\" cy=\"28.0\" r=\"2.5\" fill=\"#0b0c0c\"/></svg>";

    @Test
    void aTrendChartIsWrappedForTheDrawerWithItsWordsAndSizeAndOtherChartsAreLeftToBatik() throws Exception {
        Document page = page("<div class=\"trend-plot\">" + TREND + "</div>"
                + "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"100\"><text>On track</text>"
                + "</svg></figure>"
                + "<div class=\"trend-plot\">" + TREND.replace("<circle", "<rect x=\"1\" y=\"1\" width=\"2\" height=\"2\""
                        + " fill=\"#0b0c0c\"/><circle") + "</div>"
                + "<div class=\"trend-plot\">" + TREND.replace("H54.0 M0", "C1,2 3,4 5,6 M0") + "</div>"
                + "<div class=\"trend-plot\">" + TREND.replace("width=\"58\"", "width=\"100%\"") + "</div>");
        // the charts as the printer finds them: each box's svg
        Sparklines.wrap(children(page.getElementsByTagName("body").item(0)).stream().map(box -> children(box).get(0))
                .toList());
        List<Element> divs = children(page.getDocumentElement().getElementsByTagName("body").item(0));
        Element object = children(divs.get(0)).get(0);
        assertThat(object.getLocalName()).isEqualTo("object");
        assertThat(object.getAttribute("type")).isEqualTo(Sparklines.TYPE);
        assertThat(object.getAttribute("alt")).isEqualTo("Trend for 1.1");
        assertThat(object.getAttribute("style")).contains("width: 58px").contains("height: 32px");
        assertThat(children(object).get(0).getLocalName()).isEqualTo("svg");
        assertThat(new Sparklines().isReplacedObject(object)).isTrue();
        // the summary chart with words, a shape the drawer does not know, a curve and a chart sized by its box stay SVG
        assertThat(children(divs.get(1)).get(0).getLocalName()).isEqualTo("svg");
        assertThat(children(divs.get(2)).get(0).getLocalName()).isEqualTo("svg");
        assertThat(children(divs.get(3)).get(0).getLocalName()).isEqualTo("svg");
        assertThat(children(divs.get(4)).get(0).getLocalName()).isEqualTo("svg");
    }

    @Test
    void theShapesLandWhereTheChartIsLaidOutAtItsScaleWithTheChartsColoursAndLines() throws Exception {
        Element svg = children(page(TREND).getElementsByTagName("body").item(0)).get(0);
        // laid out at (1000, 2000), 20 units a chart unit (a pixel of the page's layout)
        List<Sparklines.Drawn> shapes = Sparklines.shapes(svg, 1000, 2000, 20);
        assertThat(shapes).hasSize(3);
        assertThat(shapes.get(0).shape().getBounds2D()).isEqualTo(new Rectangle2D.Double(1000, 2080, 1080, 520));
        assertThat(shapes.get(0).colour().getRed()).isEqualTo(0x50);
        assertThat(shapes.get(0).lineWidth()).isEqualTo(0.5);
        assertThat(shapes.get(1).shape().getBounds2D()).isEqualTo(new Rectangle2D.Double(1120, 2080, 960, 480));
        assertThat(shapes.get(1).lineWidth()).isEqualTo(1.5);
        assertThat(shapes.get(2).shape().getBounds2D()).isEqualTo(new Rectangle2D.Double(2030, 2510, 100, 100));
        assertThat(shapes.get(2).lineWidth()).as("filled").isZero();
    }

    private static Document page(String body) throws Exception {
        return DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new InputSource(
                new StringReader("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>")));
    }

    private static List<Element> children(org.w3c.dom.Node node) {
        return ReportParts.children((Element) node);
    }
}
