package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A compiled report shown inside the page: the body of its stored HTML, without an IFrame. The report's
 * own print styles stay out; the theme styles its tables for the screen (see .report-preview).
 */
class ReportPreview extends Html {

    ReportPreview(String html) {
        super(body(html));
    }

    static String body(String html) {
        Document page = Jsoup.parse(html);
        page.select("script").remove();
        return "<div class=\"report-preview\">" + page.body().html() + "</div>";
    }
}
