package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/** The white space between a table's rows and cells goes before printing; what cells and other elements hold stays. */
class TableWhitespaceTest {

    private static final String HTML = """
            <html xmlns="http://www.w3.org/1999/xhtml"><body>
              <p>Before <span>the</span> table</p>
              <table>
                <caption> Measures </caption>
                <thead>
                  <tr> <th>Ref</th> <th>Measure</th> </tr>
                </thead>
                <tbody>
                  <tr>
                    <th> 1.1 </th>
                    <td class="rag"><span>G</span> <span>Green</span></td>
                  </tr>
                </tbody>
              </table>
            </body></html>""";

    @Test
    void whiteSpaceBetweenRowsAndCellsGoes() {
        Document document = PdfReportRenderer.parse(HTML);
        TableWhitespace.drop(document.getDocumentElement());
        for (String name : List.of("table", "thead", "tbody", "tr")) {
            for (Element element : elements(document, name)) {
                assertThat(blankTexts(element)).as("white space directly in a " + name).isZero();
            }
        }
        assertThat(elements(document, "tr").get(1).getChildNodes().getLength()).as("the row's two cells").isEqualTo(2);
    }

    @Test
    void whiteSpaceThatPrintsStays() {
        Document document = PdfReportRenderer.parse(HTML);
        TableWhitespace.drop(document.getDocumentElement());
        assertThat(elements(document, "td").get(0).getTextContent()).isEqualTo("G Green");
        assertThat(elements(document, "th").get(2).getTextContent()).isEqualTo(" 1.1 ");
        assertThat(elements(document, "caption").get(0).getTextContent()).isEqualTo(" Measures ");
        assertThat(elements(document, "p").get(0).getTextContent()).isEqualTo("Before the table");
        assertThat(blankTexts(elements(document, "body").get(0))).as("white space in the body, outside tables")
                .isPositive();
    }

    private static List<Element> elements(Document document, String name) {
        List<Element> found = new ArrayList<>();
        var list = document.getElementsByTagNameNS("*", name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    private static int blankTexts(Element element) {
        int blank = 0;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text && text.getData().isBlank()) {
                blank++;
            }
        }
        return blank;
    }
}
