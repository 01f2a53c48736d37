package uk.quarterlyreturns.base.mail.templates;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * An HTML part read back with the JDK's XML parser: if it parses, every tag is closed and every entity is one
 * an XML reader (and so any mail client) understands.
 */
final class MailHtml {

    /** One link: where it goes and what it says. */
    record Link(String href, String text) {
    }

    private final Document document;

    private MailHtml(Document document) {
        this.document = document;
    }

    static MailHtml parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new MailHtml(builder.parse(new InputSource(new StringReader(html))));
        } catch (Exception e) {
            throw new AssertionError("The HTML part is not well formed: " + e.getMessage() + "\n" + html, e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    String title() {
        return words(document.getElementsByTagName("title").item(0).getTextContent());
    }

    /** What a reader sees in the body, whitespace collapsed, entities decoded. */
    String bodyText() {
        return words(document.getElementsByTagName("body").item(0).getTextContent());
    }

    List<Link> links() {
        NodeList anchors = document.getElementsByTagName("a");
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < anchors.getLength(); i++) {
            Element a = (Element) anchors.item(i);
            links.add(new Link(a.getAttribute("href"), words(a.getTextContent())));
        }
        return links;
    }

    int count(String tag) {
        return document.getElementsByTagName(tag).getLength();
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
