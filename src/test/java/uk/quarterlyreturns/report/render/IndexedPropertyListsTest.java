package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.ReportCompiler;
import uk.quarterlyreturns.support.BesideTheSuite;

@Execution(ExecutionMode.CONCURRENT) // pure code, no application: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class IndexedPropertyListsTest {

    private static PDPropertyList list(int mcid) {
        COSDictionary dictionary = new COSDictionary();
        dictionary.setInt(COSName.MCID, mcid);
        return PDPropertyList.create(dictionary);
    }

    /** As PDFBox adds them for a page's marked content: a new list gets a new name, one added again its old one. */
    @Test
    void aListAddedAgainKeepsItsNameAndANewOneGetsItsOwn() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new IndexedPropertyLists().requestPage(document, 595, 842, 0, -1);
            PDResources resources = page.getResources();
            PDPropertyList first = list(0);
            PDPropertyList second = list(1);
            COSName firstName = resources.add(first);
            COSName secondName = resources.add(second);
            assertThat(secondName).isNotEqualTo(firstName);
            assertThat(resources.add(first)).isEqualTo(firstName);
            assertThat(resources.add(second)).isEqualTo(secondName);
            assertThat(resources.getProperties(firstName).getCOSObject()).isSameAs(first.getCOSObject());
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aListTakenOutIsNoLongerHeld() {
        IndexedPropertyLists.Lists lists = new IndexedPropertyLists.Lists();
        COSDictionary kept = list(0).getCOSObject();
        COSDictionary taken = list(1).getCOSObject();
        lists.setItem(COSName.getPDFName("Prop1"), kept);
        lists.setItem(COSName.getPDFName("Prop2"), taken);
        lists.removeItem(COSName.getPDFName("Prop2"));
        assertThat(lists.containsValue(kept)).isTrue();
        assertThat(lists.containsValue(taken)).isFalse();
        assertThat(lists.containsValue(list(2).getCOSObject())).isFalse();
    }

    @Test
    void listsCopiedInAreHeld() {
        COSDictionary other = new COSDictionary();
        COSDictionary copied = list(0).getCOSObject();
        other.setItem(COSName.getPDFName("Prop1"), copied);
        IndexedPropertyLists.Lists lists = new IndexedPropertyLists.Lists();
        lists.addAll(other);
        assertThat(lists.containsValue(copied)).isTrue();
    }

    /** The report's printer takes its pages from here, so each page's marked content is added to the index. */
    @Test
    void theReportIsPrintedOnPagesWithTheIndex() throws Exception {
        String html = new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input()));
        try (PdfBoxRenderer printer = PdfReportRenderer.printer(PdfReportRenderer.parse(html),
                OutputStream.nullOutputStream()); PDDocument pdf = printer.createPDFKeepOpen()) {
            COSDictionary properties = pdf.getPage(0).getResources().getCOSObject()
                    .getCOSDictionary(COSName.PROPERTIES);
            assertThat(properties).isInstanceOf(IndexedPropertyLists.Lists.class);
            assertThat(properties.size()).as("the cover's marked content").isPositive();
        }
    }
}
