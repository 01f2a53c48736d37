package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.Lines;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportCompiler;

class HtmlReportRendererTest {

    private static String html;
    private static Document doc;

    @BeforeAll
    static void render() throws Exception {
        html = new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input()));
        doc = parse(html);
    }

    @Test
    void isACompleteEnglishDocumentWithTheReportTitle() {
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("html");
        assertThat(root.getAttribute("lang")).isEqualTo("en-GB");
        Element head = (Element) doc.getElementsByTagName("head").item(0);
        assertThat(head.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Quarter (2) Corporate Performance Report 2017/18 – Kirklees Council");
        // the cover report for Cabinet has its own title, then the report itself
        assertThat(elements("h1")).extracting(Node::getTextContent)
                .containsExactly("Quarter (2) Corporate Performance Report",
                        "Quarter (2) Corporate Performance Report 2017/18");
        assertThat(html).doesNotContain("th:text").doesNotContain("xmlns:th");
    }

    @Test
    void headingsNeverSkipALevel() {
        List<Integer> levels = new ArrayList<>();
        collectHeadings(doc.getDocumentElement(), levels);
        assertThat(levels.get(0)).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(elements("h2")).extracting(Node::getTextContent).containsExactly("Purpose of report",
                "Officer recommendations and reasons", "Key to ratings", "Executive summary",
                "Compliance", "Ambitious Kirklees", "Resilient Kirklees", "Highlight reports", "Appendix: activity indicators");
        assertThat(elements("h3")).extracting(Node::getTextContent).contains("Performance by Exception",
                "Performance Measures – Ambitious Kirklees", "Key Actions – Resilient Kirklees");
    }

    @Test
    void everyTableHasACaptionAHeadAndScopedHeaders() {
        List<Element> tables = elements("table");
        assertThat(tables).hasSizeGreaterThanOrEqualTo(8);
        for (Element table : tables) {
            Element first = firstElementChild(table);
            assertThat(first.getTagName()).as("first child of a table").isEqualTo("caption");
            assertThat(first.getTextContent()).isNotBlank();
            assertThat(table.getElementsByTagName("thead").getLength()).isEqualTo(1);
        }
        List<Element> headers = elements("th");
        assertThat(headers).isNotEmpty();
        for (Element th : headers) {
            assertThat(th.getAttribute("scope")).as("scope of th '%s'", th.getTextContent())
                    .isIn("col", "row", "rowgroup");
        }
    }

    @Test
    void measureRowsPrintTheFiguresAndRagInWords() {
        assertThat(html).contains("(KI 433) Increase the number of jobs created as a result of Council interventions")
                .contains("60 (122 cum)")
                .contains("£0.3m (£2m cum)")
                .contains(">Not due<")
                .contains(">Missing<")
                .contains("<span class=\"rag-code\">A/G</span> <span class=\"rag-label\">Amber/Green</span>")
                .contains("↑ Improved")
                .contains("↑ Improved against Q1 2017/18 (previous quarter): 63.4%")
                .contains("53% of all actions and measures are assessed as on track");
    }

    @Test
    void printRulesRepeatTableHeadersAndNumberPages() {
        assertThat(html).contains("size: A4;")
                .contains("@bottom-center")
                .contains("content: \"Page \" counter(page) \" of \" counter(pages);")
                .contains("thead { display: table-header-group; }")
                .contains("-fs-table-paginate: paginate");
    }

    @Test
    void chartsAreInlineSvgWithTitles() {
        NodeList svgs = doc.getElementsByTagNameNS("*", "svg");
        assertThat(svgs.getLength()).isGreaterThan(1);
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            assertThat(svg.getAttribute("aria-label")).isNotBlank();
            assertThat(svg.getElementsByTagNameNS("*", "title").getLength()).isEqualTo(1);
        }
    }

    /** Each trend's SVG draws no text (costly to print); its axis labels are the page's own text around it. */
    @Test
    void trendChartsAreLabelledInPageTextBesideATextFreeSvg() {
        List<Element> charts = elements("div").stream().filter(d -> d.getAttribute("class").equals("trend-chart"))
                .toList();
        assertThat(charts).hasSizeGreaterThan(10);
        for (Element chart : charts) {
            Element svg = (Element) chart.getElementsByTagNameNS("*", "svg").item(0);
            assertThat(svg.getAttribute("aria-label")).startsWith("Trend for ");
            assertThat(svg.getElementsByTagNameNS("*", "text").getLength()).isZero();
            List<String> labels = new ArrayList<>();
            for (Node n = chart.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && !e.getAttribute("class").equals("trend-plot")) {
                    labels.add(e.getTextContent());
                }
            }
            // the scale (highest figure, then lowest unless flat), then the span of quarters under the axis
            assertThat(labels).hasSize(2);
            assertThat(labels.get(0)).isNotBlank();
            assertThat(labels.get(1)).isEqualTo("Q1 17/18 to Q2 17/18");
        }
        Element lookedAfter = charts.stream().filter(c -> c.getTextContent().contains("Trend for 3.1 ")).findFirst()
                .orElseThrow();
        assertThat(lookedAfter.getFirstChild().getTextContent()).isEqualTo("67.365.3");
    }

    @Test
    void narrativeAndTitlesAreEscaped() throws Exception {
        MeasureLine m = Lines.withTitle(Lines.withNarrative(
                Lines.measure("9.9", "D", "S & <b>T</b>", "Theme", Rag.RED, Direction.WORSENED),
                "<script>alert('reasons')</script>", "Fix \"it\" & <i>soon</i>"), "<script>alert('title')</script>");

        String page = new HtmlReportRenderer().render(ReportCompiler.compile(Lines.report(List.of(m), List.of())));

        assertThat(page).doesNotContain("<script>").doesNotContain("<b>T</b>").doesNotContain("<i>soon</i>")
                .contains("&lt;script&gt;alert(&#39;reasons&#39;)&lt;/script&gt;")
                .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
        Document parsed = parse(page);
        assertThat(parsed.getElementsByTagName("script").getLength()).isZero();
        assertThat(parsed.getDocumentElement().getTextContent())
                .contains("<script>alert('reasons')</script>", "Fix \"it\" & <i>soon</i>", "S & <b>T</b>");
    }

    @Test
    void charactersThatXmlForbidsAreDropped() throws Exception {
        MeasureLine m = Lines.withNarrative(Lines.measure("1", "D", "S", "T", Rag.RED, null),
                "bell\u0007 and null\u0000 gone", null);

        String page = new HtmlReportRenderer().render(ReportCompiler.compile(Lines.report(List.of(m), List.of())));

        assertThat(page).contains("bell and null gone");
        parse(page);
    }

    private static void collectHeadings(Element e, List<Integer> levels) {
        if (e.getTagName().matches("h[1-6]")) {
            levels.add(e.getTagName().charAt(1) - '0');
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                collectHeadings(child, levels);
            }
        }
    }

    private static Element firstElementChild(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                return child;
            }
        }
        throw new AssertionError("empty " + e.getTagName());
    }

    private static List<Element> elements(String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The PDF renderer reads the page as XML, so the page must parse as XML. */
    static Document parse(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
    }
}
