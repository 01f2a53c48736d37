package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class RememberedWidthsTest {

    private static final String PAGE = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>Widths"
            + "</title></head><body><p>Green</p></body></html>";

    @Test
    void eachWordMeasuresAsThePrintersOwnMeasureHasItAndIsMeasuredOncePerFontAndSize() throws Exception {
        try (PdfBoxRenderer printer = PdfReportRenderer.printer(PdfReportRenderer.parse(PAGE),
                OutputStream.nullOutputStream())) {
            SharedContext shared = printer.getSharedContext();
            RememberedWidths widths = (RememberedWidths) shared.getTextRenderer();
            PdfBoxTextRenderer plain = new PdfBoxTextRenderer();
            plain.setup(null, new SimpleBidiReorderer());
            FSFont regular = font(shared, IdentValue.FONT_WEIGHT_400, 9);
            FSFont bold = font(shared, IdentValue.FONT_WEIGHT_700, 9);
            FSFont larger = font(shared, IdentValue.FONT_WEIGHT_400, 16);
            // the last is a character DejaVu Sans lacks, which the printer measures the slow way
            List<String> words = List.of("Green", "Amber/Green", "£1,250.5", "→", "Q2 2026/27", "Target met", "漢");
            int before = widths.remembered();
            for (FSFont font : List.of(regular, bold, larger)) {
                for (String word : words) {
                    assertThat(widths.getWidth(null, font, word)).as(word).isEqualTo(plain.getWidth(null, font, word));
                }
            }
            assertThat(widths.remembered() - before).isEqualTo(3 * words.size());
            assertThat(widths.getWidth(null, bold, "Green")).isEqualTo(plain.getWidth(null, bold, "Green"))
                    .isGreaterThan(widths.getWidth(null, regular, "Green"))
                    .isLessThan(widths.getWidth(null, larger, "Green"));
            assertThat(widths.remembered() - before).as("measured again").isEqualTo(3 * words.size());
        }
    }

    private static FSFont font(SharedContext shared, IdentValue weight, float size) {
        FontSpecification spec = new FontSpecification();
        spec.families = new String[] {PdfReportRenderer.FONT_FAMILY};
        spec.fontWeight = weight;
        spec.fontStyle = IdentValue.NORMAL;
        spec.variant = IdentValue.NORMAL;
        spec.size = size;
        return shared.getFontResolver().resolveFont(shared, spec);
    }
}
