package uk.quarterlyreturns.report.render;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Each chart's description, copied where a screen reader of the printed report finds it. */
final class ChartDescriptions {

    private ChartDescriptions() {
    }

    /**
     * A tagged PDF describes each figure with the element's alt text; an SVG says what it shows in its
     * aria-label, so that is copied across (alt is not an SVG attribute, so the HTML does not carry it).
     * Returns the charts, for {@link Sparklines} to take the ones it draws.
     */
    static List<Element> describe(Document document) {
        // one walk of the tree: each alt set would reset a NodeList's cache, so reading it by index walked the
        // page from the top again for every chart
        List<Element> charts = new ArrayList<>();
        describeCharts(document.getDocumentElement(), charts);
        return charts;
    }

    private static void describeCharts(Element element, List<Element> charts) {
        if ("svg".equals(element.getLocalName())) {
            if (element.hasAttribute("aria-label") && !element.hasAttribute("alt")) {
                element.setAttribute("alt", element.getAttribute("aria-label"));
            }
            charts.add(element);
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                describeCharts(e, charts);
            }
        }
    }
}
