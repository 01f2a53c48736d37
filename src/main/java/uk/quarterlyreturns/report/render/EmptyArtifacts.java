package uk.quarterlyreturns.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The printer opens an artifact, with a property list of its own, around every box it paints: it takes each box to
 * have a background, so most of them mark nothing ({@code /Artifact /Prop7 BDC EMC}). A report's pages carried about
 * 450 such lists each, seven in eight of them empty, and the file's writer spent half its time on them. This takes
 * the empty ones out of a page's content and their lists out of its resources; what is painted and what a screen
 * reader reads do not change.
 *
 * <p>The printer writes content uncompressed for this (it would otherwise compress it only for it to be read back
 * here), and each content stream is compressed once trimmed.
 */
final class EmptyArtifacts {

    private EmptyArtifacts() {
    }

    /** The page without its empty artifacts, each of its content streams compressed. */
    static void trim(PDPage page) {
        try {
            Set<String> named = new HashSet<>();
            boolean whole = true;
            for (COSStream stream : streams(page)) {
                TrimmedContent trimmed = TrimmedContent.of(read(stream));
                if (trimmed.propertiesNamed() == null) {
                    whole = false;
                } else {
                    named.addAll(trimmed.propertiesNamed());
                }
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(trimmed.content());
                }
            }
            if (whole) {
                dropUnnamed(page, named);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A page of the report could not be trimmed", e);
        }
    }

    private static List<COSStream> streams(PDPage page) {
        List<COSStream> streams = new ArrayList<>();
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream stream) {
            streams.add(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        return streams;
    }

    private static byte[] read(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Artifact property lists that no content of the page names any more go from its resources. */
    private static void dropUnnamed(PDPage page, Set<String> named) {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        for (COSName name : new ArrayList<>(properties.keySet())) {
            if (!named.contains(name.getName()) && InlineArtifacts.artifact(properties.getItem(name)) != null) {
                properties.removeItem(name);
            }
        }
    }
}
