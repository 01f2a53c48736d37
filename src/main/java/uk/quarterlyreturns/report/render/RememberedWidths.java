package uk.quarterlyreturns.report.render;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printer's text measure, remembering each word's width for the rest of one print. Laying out a report measures
 * word by word, the same few thousand words again and again (ratings, numbers, the measures' recurring titles), and
 * each measure reads the word's glyphs anew: a tenth of a large report's printing. One per printer, on its thread.
 */
final class RememberedWidths extends PdfBoxTextRenderer {

    /** The same fonts (by identity, as the printer resolves them once), the same size, the same text. */
    private record Word(List<FontDescription> fonts, float size, String text) {
    }

    private final Map<Word, Integer> widths = new HashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        Word word = new Word(((PdfBoxFSFont) font).getFontDescriptions(), font.getSize2D(), string);
        Integer width = widths.get(word);
        if (width == null) {
            width = super.getWidth(context, font, string);
            widths.put(word, width);
        }
        return width;
    }

    /** How many words are remembered. */
    int remembered() {
        return widths.size();
    }
}
