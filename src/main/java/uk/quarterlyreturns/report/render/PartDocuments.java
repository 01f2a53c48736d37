package uk.quarterlyreturns.report.render;

import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.quarterlyreturns.report.render.ReportParts.Part;

/** Each part's own document to print: the report's head, the parts' style and the part's nodes. */
final class PartDocuments {

    /** One print's page footers are left off the parts: the joined document is numbered as a whole. */
    private static final String PARTS_CSS = "@page { @bottom-center { content: none; } }"
            + " @page wide { @bottom-center { content: none; } }"
            + " @media print { nav.contents a.toc-entry::after { content: leader('.') attr(data-page); } }";

    private PartDocuments() {
    }

    /**
     * A document of the report's head (its bookmarks only to what the part holds) and the part's nodes: moved
     * into it, so that they go once printed, or copied (the cover, which may be printed twice).
     */
    static Document document(Document report, Part part, Map<String, Integer> pagesOfOtherParts, boolean copy) {
        Document doc = newDocument();
        Element root = report.getDocumentElement();
        Element html = (Element) doc.importNode(root, false);
        doc.appendChild(html);
        Element head = (Element) doc.importNode(ReportParts.child(root, "head"), true);
        html.appendChild(head);
        for (Element bookmarks : ReportParts.children(head)) {
            if ("bookmarks".equals(bookmarks.getLocalName())) {
                for (Element bookmark : ReportParts.children(bookmarks)) {
                    if (!part.ids().contains(bookmark.getAttribute("href").replaceFirst("^#", ""))) {
                        bookmarks.removeChild(bookmark);
                    }
                }
            }
        }
        Element style = doc.createElementNS(html.getNamespaceURI(), "style");
        style.setTextContent(PARTS_CSS);
        head.appendChild(style);
        Element body = (Element) doc.importNode(ReportParts.child(root, "body"), false);
        html.appendChild(body);
        for (Element node : part.nodes()) {
            body.appendChild(copy ? doc.importNode(node, true) : doc.adoptNode(node));
        }
        if (!pagesOfOtherParts.isEmpty()) {
            ContentsLinks.numberContents(body, part, pagesOfOtherParts); // only the cover has contents
        }
        noBreakAfterTheEnd(body);
        return doc;
    }

    /** A part ends its page anyway: a break after its last section would leave a blank page. */
    private static void noBreakAfterTheEnd(Element body) {
        List<Element> children = ReportParts.children(body);
        for (Element last = children.isEmpty() ? null : children.get(children.size() - 1); last != null; ) {
            last.setAttribute("style", (last.getAttribute("style") + " page-break-after: auto;").trim());
            children = ReportParts.children(last);
            last = children.isEmpty() ? null : children.get(children.size() - 1);
        }
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
