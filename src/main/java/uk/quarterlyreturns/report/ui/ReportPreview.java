package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A compiled report shown inside the page: the body of its stored HTML, without an IFrame, styled by its own styles
 * kept to the report (see {@link #body}) and by the theme's for the screen (see .report-preview).
 * <p>
 * A national collection's report is too long for that: 30,000 measures are 40 million characters, which the page
 * would hold in the server's memory for each person reading it and send whole to the browser. Beyond
 * {@link #WHOLE_UP_TO} the page shows the report up to its first theme (cover, key, summary and compliance) and
 * says that the rest is in the PDF and the spreadsheet.
 */
class ReportPreview extends Html {

    /** A council's report of 600 measures, each with its trend chart, is about 1.3 million characters. */
    static final int WHOLE_UP_TO = 4_000_000;
    /** Where the themes' sections begin, as the report's template writes them. */
    private static final String FIRST_THEME = "<section class=\"theme\"";

    ReportPreview(String html) {
        super(body(html, WHOLE_UP_TO));
    }

    static String body(String html, int wholeUpTo) {
        int themes = html.length() > wholeUpTo ? html.indexOf(FIRST_THEME) : -1;
        Document page = Jsoup.parse(themes < 0 ? html : html.substring(0, themes));
        page.select("script, link, meta, title, bookmarks").remove();
        // The report's styles, nested under the preview: as they stand they would restyle the whole application
        // around it (a 10pt base font, its own headings and tables). Nested, its html, body and @page rules match
        // nothing on screen, and the rest style only the report.
        Elements styles = page.select("style");
        for (Element style : styles) {
            String css = style.data();
            style.empty().appendChild(new DataNode(".report-preview {\n" + css + "\n}"));
        }
        page.body().prependChildren(styles.remove());
        if (themes >= 0) {
            // the contents still name every theme, but as words: their sections are not in the page
            for (Element link : page.select("a[href^=#]")) {
                if (page.getElementById(link.attr("href").substring(1)) == null) {
                    link.unwrap();
                }
            }
            page.body().appendElement("p").addClass("preview-cut").text("This report is too long to show in full"
                    + " here: its summary is shown above. Every theme's measures and key actions, the highlight"
                    + " reports and the appendix are in the PDF and the spreadsheet.");
        }
        return "<div class=\"report-preview\">" + page.body().html() + "</div>";
    }
}
