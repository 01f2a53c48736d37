package uk.quarterlyreturns.report.render;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Printed parts joined into one tagged PDF ({@link PrintedInParts}): each part at the end, with its structure,
 * bookmarks and fonts, and the cover, joined last, moved to the front.
 */
final class JoinedParts {

    private JoinedParts() {
    }

    /** A printed part added at the end of the joined report, with its structure, bookmarks and fonts. */
    static void append(PDDocument joined, PDDocument part) throws IOException {
        embedFontSubsets(part);
        new PDFMergerUtility().appendDocument(joined, part);
    }

    /**
     * PDFBox embeds the glyphs a document used only as it saves it. A part is joined without being saved (writing
     * each part out only to read it back took a third of the printing), so that step, which PDFBox keeps private,
     * is taken here. PrintedInPartsTest checks that every font of the joined report is embedded.
     */
    private static void embedFontSubsets(PDDocument part) throws IOException {
        try {
            Method subset = PDDocument.class.getDeclaredMethod("subsetDesignatedFonts");
            subset.setAccessible(true);
            subset.invoke(part);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("A part's fonts could not be embedded", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This PDFBox cannot embed a part's fonts before joining it", e);
        }
    }

    /**
     * The cover joined at the end, then moved to the front: its pages, its structure elements (the reading order)
     * and its bookmarks. Joining it last lets every other part be joined while the rest print.
     */
    static void putFirst(PDDocument joined, PDDocument cover) throws IOException {
        PDPageTree pages = joined.getPages();
        PDPage first = pages.get(0);
        int elementsBefore = partElements(joined).size();
        List<PDOutlineItem> bookmarks = bookmarks(joined);
        append(joined, cover);
        List<PDPage> coverPages = new ArrayList<>();
        for (int i = pages.getCount() - cover.getNumberOfPages(); i < pages.getCount(); i++) {
            coverPages.add(pages.get(i));
        }
        for (PDPage page : coverPages) {
            pages.remove(page);
            pages.insertBefore(page, first);
        }
        COSArray reordered = partElements(joined);
        for (int i = elementsBefore; i < reordered.size(); i++) {
            reordered.add(i - elementsBefore, reordered.remove(i));
        }
        List<PDOutlineItem> all = bookmarks(joined);
        List<PDOutlineItem> inOrder = new ArrayList<>(all.subList(bookmarks.size(), all.size()));
        inOrder.addAll(bookmarks);
        link(joined.getDocumentCatalog().getDocumentOutline(), inOrder);
    }

    /** The parts' top structure elements: PDFBox gathers the joined parts under one Document element. */
    private static COSArray partElements(PDDocument joined) {
        COSBase top = joined.getDocumentCatalog().getStructureTreeRoot().getK();
        return top instanceof COSDictionary document ? document.getCOSArray(COSName.K) : (COSArray) top;
    }

    private static List<PDOutlineItem> bookmarks(PDDocument document) {
        List<PDOutlineItem> items = new ArrayList<>();
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            outline.children().forEach(items::add);
        }
        return items;
    }

    /** The outline's top-level bookmarks linked again in this order. */
    private static void link(PDDocumentOutline outline, List<PDOutlineItem> items) {
        if (items.isEmpty()) {
            return;
        }
        outline.getCOSObject().setItem(COSName.FIRST, items.get(0));
        outline.getCOSObject().setItem(COSName.LAST, items.get(items.size() - 1));
        for (int i = 0; i < items.size(); i++) {
            COSDictionary item = items.get(i).getCOSObject();
            item.setItem(COSName.PREV, i > 0 ? items.get(i - 1) : null);
            item.setItem(COSName.NEXT, i < items.size() - 1 ? items.get(i + 1) : null);
        }
    }
}
