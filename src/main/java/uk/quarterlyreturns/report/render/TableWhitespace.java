package uk.quarterlyreturns.report.render;

import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * The white space between a table's rows and cells, as the template indents them, prints nothing (CSS drops it),
 * yet the printer built a box for each piece and threw it away: about half the nodes of a measures table. Taken out
 * before a document is laid out; the white space inside cells, which does print, stays.
 */
final class TableWhitespace {

    private static final Set<String> BETWEEN_CELLS = Set.of("table", "thead", "tbody", "tfoot", "tr", "colgroup");

    private TableWhitespace() {
    }

    /** Takes out the white space directly inside the element's tables, rows and row groups. */
    static void drop(Element element) {
        boolean betweenCells = BETWEEN_CELLS.contains(element.getLocalName());
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element e) {
                drop(e);
            } else if (betweenCells && child instanceof Text text && text.getData().isBlank()) {
                element.removeChild(text);
            }
            child = next;
        }
    }
}
