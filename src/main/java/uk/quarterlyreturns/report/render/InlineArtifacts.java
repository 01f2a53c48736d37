package uk.quarterlyreturns.report.render;

import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The printer marks each painted background and border as an artifact (not read out) with a small property list
 * of its own, {@code /Type /Background} and its box, kept in the page's resources. PDFBox writes each such list as
 * an object of its own: two objects in three of a report, each with its entry in the cross-reference table and its
 * place in the writer's bookkeeping. Written inside the page's resources instead, the file says the same.
 */
final class InlineArtifacts {

    private static final Set<COSName> ARTIFACT_TYPES = Set.of(COSName.BACKGROUND, COSName.getPDFName("Pagination"));

    private InlineArtifacts() {
    }

    /** The page's artifact property lists, written inside its resources from now on. */
    static void inline(PDPage page) {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        for (COSName name : properties.keySet()) {
            COSBase item = properties.getItem(name);
            COSDictionary artifact = artifact(item);
            if (artifact != null) {
                artifact.setDirect(true);
                if (item != artifact) {
                    properties.setItem(name, artifact);
                }
            }
        }
    }

    /** The artifact's property list an entry of a page's properties holds, directly or by reference; else null. */
    static COSDictionary artifact(COSBase item) {
        COSBase list = item instanceof COSObject reference ? reference.getObject() : item;
        return list instanceof COSDictionary d && ARTIFACT_TYPES.contains(d.getCOSName(COSName.TYPE)) ? d : null;
    }
}
