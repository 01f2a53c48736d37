package uk.quarterlyreturns.report.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A report too big to lay out at once, cut into parts that each begin on a new page: the cover first, then
 * each section of the report, and a section longer than a part's size in pieces (a table repeats its caption
 * and header in each). The printer holds every laid-out page of a document until it is written, so the heap a
 * print needs grows with the report; printed part by part, it grows with the part.
 */
final class ReportParts {

    /** What one part holds: the nodes of the report in it, and the ids they carry (for links and bookmarks). */
    record Part(List<Element> nodes, Set<String> ids) {
    }

    private static final Set<String> SPLITTABLE = Set.of("main", "section", "div", "table", "tbody", "ul", "ol");
    private static final Set<String> REPEATED_IN_TABLES = Set.of("caption", "colgroup", "thead");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4");
    /** Smaller elements are counted again when asked: cheaper than remembering each of them. */
    private static final int REMEMBERED_FROM = 16;

    private ReportParts() {
    }

    /** The report's elements, counted: what laying it out costs, near enough. */
    static int size(Element element) {
        return size(element, null);
    }

    /**
     * The same, remembering the counts of larger elements in {@code known}: cutting asks for an element's count at
     * each level it passes through, which counted a large report's rows five times over on one thread before any
     * part could print.
     */
    private static int size(Element element, Map<Element, Integer> known) {
        Integer remembered = known == null ? null : known.get(element);
        if (remembered != null) {
            return remembered;
        }
        int count = 1;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                count += size(e, known);
            }
        }
        if (known != null && count >= REMEMBERED_FROM) {
            known.put(element, count);
        }
        return count;
    }

    /**
     * The parts: first everything before the body's main element (the cover and its contents), then each child of
     * main cut to at most {@code partSize} elements where it can be. The report's nodes move into the parts (only
     * the elements around a piece are copied), so that the report is not held twice over.
     */
    static List<Part> split(Document report, int partSize) {
        Element body = child(report.getDocumentElement(), "body");
        List<Part> parts = new ArrayList<>();
        List<Element> front = new ArrayList<>();
        Map<Element, Integer> known = new IdentityHashMap<>();
        for (Element top : children(body)) {
            if ("main".equals(top.getLocalName())) {
                for (Element section : children(top)) {
                    for (Element piece : pieces(section, partSize, known)) {
                        Element main = (Element) top.cloneNode(false);
                        main.removeAttribute("id");
                        main.appendChild(piece);
                        parts.add(part(List.of(main)));
                    }
                }
            } else {
                front.add(top);
            }
        }
        parts.add(0, part(front));
        return parts;
    }

    /** The element whole when it fits or cannot be cut; else copies of it, each holding a run of its children. */
    private static List<Element> pieces(Element element, int partSize, Map<Element, Integer> known) {
        if (size(element, known) <= partSize || !SPLITTABLE.contains(element.getLocalName())) {
            return List.of(element);
        }
        boolean table = "table".equals(element.getLocalName());
        List<Element> repeated = new ArrayList<>();
        int repeatedSize = 1;
        for (Element child : children(element)) {
            if (table && REPEATED_IN_TABLES.contains(child.getLocalName())) {
                repeated.add(child);
                repeatedSize += size(child, known);
            }
        }
        List<List<Element>> runs = new ArrayList<>();
        List<Element> run = new ArrayList<>();
        int filled = repeatedSize;
        for (Element child : children(element)) {
            if (repeated.contains(child)) {
                continue;
            }
            for (Element piece : pieces(child, partSize - repeatedSize, known)) {
                int size = size(piece, known);
                if (filled + size > partSize && !run.isEmpty()) {
                    // a heading goes on with what it heads
                    Element last = run.get(run.size() - 1);
                    boolean heading = HEADINGS.contains(last.getLocalName()) && run.size() > 1;
                    if (heading) {
                        run.remove(run.size() - 1);
                    }
                    runs.add(run);
                    run = new ArrayList<>();
                    filled = repeatedSize;
                    if (heading) {
                        run.add(last);
                        filled += size(last, known);
                    }
                }
                run.add(piece);
                filled += size;
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        List<Element> copies = new ArrayList<>();
        for (List<Element> children : runs) {
            Element copy = (Element) element.cloneNode(false);
            if (!copies.isEmpty()) {
                copy.removeAttribute("id"); // one target per link and bookmark: the first piece
            }
            repeated.forEach(r -> copy.appendChild(r.cloneNode(true)));
            children.forEach(copy::appendChild);
            copies.add(copy);
        }
        return copies;
    }

    private static Part part(List<Element> nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> collectIds(n, ids));
        return new Part(nodes, ids);
    }

    private static void collectIds(Element element, Set<String> ids) {
        if (element.hasAttribute("id")) {
            ids.add(element.getAttribute("id"));
        }
        children(element).forEach(child -> collectIds(child, ids));
    }

    static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> name.equals(e.getLocalName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The report has no " + name));
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
