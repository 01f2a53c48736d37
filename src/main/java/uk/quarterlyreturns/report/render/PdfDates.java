package uk.quarterlyreturns.report.render;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import uk.quarterlyreturns.base.calendar.LondonTime;

/**
 * The printer stamps a PDF with the system clock; the report's dates follow the application's clock instead
 * (the demo's 2017). The printer's XMP metadata carries no dates, so only the document information changes.
 */
final class PdfDates {

    private PdfDates() {
    }

    static void date(PDDocument doc, Instant created) {
        Calendar when = GregorianCalendar.from(created.atZone(LondonTime.ZONE));
        doc.getDocumentInformation().setCreationDate(when);
        doc.getDocumentInformation().setModificationDate(when);
    }
}
