package uk.quarterlyreturns.report.render;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages whose property lists are quick to add to. A tagged print names a property list for every box it marks,
 * hundreds on a page, and PDFBox first asks the page's list of them whether it already holds the new one: a search
 * through every list the page has, for each one added. Here that question is answered from the lists added.
 */
final class IndexedPropertyLists implements PageSupplier {

    @Override
    public PDPage requestPage(PDDocument document, float width, float height, int pageNumber, int shadowPageNumber) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.PROPERTIES, new Lists());
        page.setResources(resources);
        document.addPage(page);
        return page;
    }

    /** A page's property lists, which know which lists they were given without searching them. */
    static final class Lists extends COSDictionary {

        private final Set<COSBase> given = Collections.newSetFromMap(new IdentityHashMap<>());

        @Override
        public void setItem(COSName key, COSBase value) {
            if (value != null) {
                given.add(value);
            }
            super.setItem(key, value);
        }

        @Override
        public void addAll(COSDictionary other) {
            given.addAll(other.getValues());
            super.addAll(other);
        }

        /** A list never given is not here; one given may have been taken out since, so that is checked. */
        @Override
        public boolean containsValue(Object value) {
            return (value instanceof COSObject || given.contains(value)) && super.containsValue(value);
        }
    }
}
