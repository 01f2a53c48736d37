package uk.quarterlyreturns.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.ReportCompiler;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;

/** The report in the page: whole up to a size, beyond it its summary and a word on where the rest is. */
class ReportPreviewTest {

    private static String html;

    @BeforeAll
    static void report() {
        html = new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input()));
    }

    @Test
    void aReportOfACouncilsSizeIsShownWhole() {
        assertThat(html.length()).as("the fixture, a council's report").isLessThan(ReportPreview.WHOLE_UP_TO);
        Document shown = Jsoup.parse(ReportPreview.body(html, ReportPreview.WHOLE_UP_TO));
        assertThat(shown.select("section.theme")).isNotEmpty();
        assertThat(shown.select("section#activity")).hasSize(1);
        assertThat(shown.select(".preview-cut")).isEmpty();
        assertThat(shown.select("script")).isEmpty();
    }

    /**
     * The report's styles (a 10pt base font on its html, a body of its own width, its headings and tables) would
     * restyle the whole application around it: its head holds the PDF's bookmarks, at which an HTML parser ends the
     * head, so the styles after them are read into the body. They are kept, nested under the preview, in their order;
     * the head's other elements go. The browser tour checks the application's base font beside a report.
     */
    @Test
    void theReportsStylesApplyToTheReportAloneAndItsHeadStaysOut() {
        assertThat(Jsoup.parse(html).body().select("style")).as("what a parser makes of the report").isNotEmpty();

        for (int wholeUpTo : new int[] {ReportPreview.WHOLE_UP_TO, html.length() - 1}) {
            Document shown = Jsoup.parse(ReportPreview.body(html, wholeUpTo));
            assertThat(shown.select("link, meta, title, bookmarks, bookmark, script")).isEmpty();
            List<String> styles = shown.select("style").stream().map(Element::data).toList();
            assertThat(styles).hasSize(Jsoup.parse(html).select("style").size())
                    .allSatisfy(css -> assertThat(css).startsWith(".report-preview {").endsWith("}"));
            assertThat(styles.get(0)).contains("html { font-family").contains(".cover .organisation");
            assertThat(shown.selectFirst("div.report-preview > style")).as("inside the preview").isNotNull();
            assertThat(shown.select("header.cover")).hasSize(1);
        }
    }

    @Test
    void aLongerReportShowsItsSummaryAndSaysWhereTheRestIs() {
        String body = ReportPreview.body(html, html.length() - 1);
        Document shown = Jsoup.parse(body);
        assertThat(body.length()).as("what the page holds").isLessThan(html.length() / 2);
        assertThat(shown.select("header.cover, section#key, section#summary, section#compliance")).hasSize(4);
        assertThat(shown.select("section.theme, section#highlights, section#activity")).isEmpty();
        assertThat(shown.select(".preview-cut").text()).contains("in the PDF and the spreadsheet");
        // the contents name each theme, and link only to what the page holds
        Document whole = Jsoup.parse(html);
        String firstTheme = whole.selectFirst("section.theme h2").text();
        assertThat(shown.select("nav.contents").text()).contains(firstTheme);
        assertThat(shown.select("a[href^=#]")).isNotEmpty()
                .allSatisfy(a -> assertThat(shown.getElementById(a.attr("href").substring(1))).isNotNull());
    }
}
