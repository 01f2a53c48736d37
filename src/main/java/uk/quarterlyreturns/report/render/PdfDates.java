package uk.quarterlyreturns.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import uk.quarterlyreturns.base.calendar.LondonTime;

/**
 * The printer stamps a PDF with the system clock; the report's dates follow the application's clock instead
 * (the demo's 2017). The printer's XMP metadata carries no dates, so only the document information changes.
 */
final class PdfDates {

    private PdfDates() {
    }

    static byte[] dated(byte[] pdf, Instant created) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            date(doc, created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The report's PDF could not be dated", e);
        }
    }

    static void date(PDDocument doc, Instant created) {
        Calendar when = GregorianCalendar.from(created.atZone(LondonTime.ZONE));
        doc.getDocumentInformation().setCreationDate(when);
        doc.getDocumentInformation().setModificationDate(when);
    }
}
