package uk.quarterlyreturns.report.render;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The page footers of a report printed in parts, which each part left off: one print's numbering of the whole. */
final class PageNumbers {

    /** The report's bottom page margins (report.html): a portrait page's and a landscape page's. */
    private static final float PORTRAIT_BOTTOM_MM = 18;
    private static final float LANDSCAPE_BOTTOM_MM = 16;
    private static final float POINTS_PER_MM = 72 / 25.4f;

    private PageNumbers() {
    }

    /** "Page N of M" at the foot of each page, where one print puts it; marked as an artifact, not content. */
    static void number(PDDocument doc) throws IOException {
        PDType0Font font = PDType0Font.load(doc, ReportFonts.REGULAR.file());
        int count = doc.getNumberOfPages();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            String text = "Page " + n + " of " + count;
            float width = font.getStringWidth(text) / 1000 * 8;
            boolean landscape = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
            float margin = (landscape ? LANDSCAPE_BOTTOM_MM : PORTRAIT_BOTTOM_MM) * POINTS_PER_MM;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                cs.setNonStrokingColor(0x0b / 255f, 0x0c / 255f, 0x0c / 255f);
                cs.beginText();
                cs.setFont(font, 8);
                cs.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, margin / 2 - 3);
                cs.showText(text);
                cs.endText();
                cs.endMarkedContent();
            }
        }
    }
}
