package uk.quarterlyreturns.report.render;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.w3c.dom.Element;
import uk.quarterlyreturns.report.render.ReportParts.Part;

/** The cover's contents entries for other parts' sections: numbered while it prints alone, linked once joined. */
final class ContentsLinks {

    /**
     * A contents entry for a section in another part links to this address while the cover is printed alone; once
     * the parts are joined, the link is turned to the page itself.
     */
    private static final String PAGE_LINK = "report-page:";

    private ContentsLinks() {
    }

    /**
     * Contents entries for sections in other parts: their page number written out, and a link to that page that
     * becomes one when the parts are joined ({@link #linkContents}).
     */
    static void numberContents(Element element, Part part, Map<String, Integer> pages) {
        for (Element child : ReportParts.children(element)) {
            String target = child.getAttribute("href").replaceFirst("^#", "");
            if ("a".equals(child.getLocalName()) && !part.ids().contains(target) && pages.containsKey(target)) {
                child.setAttribute("class", (child.getAttribute("class") + " toc-entry").trim());
                child.setAttribute("data-page", String.valueOf(pages.get(target)));
                child.setAttribute("href", PAGE_LINK + pages.get(target));
            } else {
                numberContents(child, part, pages);
            }
        }
    }

    /** The cover's links to pages of other parts, which the cover alone could not reach, now lead to them. */
    static void linkContents(PDDocument joined, int coverPages) throws IOException {
        for (int i = 0; i < coverPages; i++) {
            for (PDAnnotation annotation : joined.getPage(i).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(PAGE_LINK)) {
                    int page = Integer.parseInt(uri.getURI().substring(PAGE_LINK.length()));
                    PDPageFitDestination destination = new PDPageFitDestination();
                    destination.setPage(joined.getPage(page - 1));
                    PDActionGoTo goTo = new PDActionGoTo(); // as the print's own links within a part
                    goTo.setDestination(destination);
                    link.setAction(goTo);
                }
            }
        }
    }
}
