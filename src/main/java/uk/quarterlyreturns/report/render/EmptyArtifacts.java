package uk.quarterlyreturns.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
                Trimmed trimmed = trim(read(stream));
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

    /** Content without its empty artifacts, and the property lists the rest still names (null: not read, all kept). */
    record Trimmed(byte[] content, Set<String> propertiesNamed) {
    }

    /**
     * The content with each artifact that marks nothing taken out, nested ones too. It is read token by token, so
     * that text and binary strings are never mistaken for operators; content with an inline image is left whole.
     */
    static Trimmed trim(byte[] in) {
        Deque<Marked> open = new ArrayDeque<>();
        List<int[]> cuts = new ArrayList<>(); // [from, to) of the input, in order
        Set<String> named = new HashSet<>();
        int operands = 0; // operands since the last operator
        int firstOperand = -1;
        int lastOperand = -1;
        int i = 0;
        while (i < in.length) {
            if (isWhite(in[i] & 0xff)) {
                i++;
                continue;
            }
            int end = tokenEnd(in, i);
            if (in[i] == '%') { // a comment, read as white space
                i = end;
                continue;
            }
            if (end < 0) {
                return new Trimmed(in, null);
            }
            if (!isOperator(in, i, end)) {
                if (operands++ == 0) {
                    firstOperand = i;
                }
                lastOperand = i;
                i = end;
                continue;
            }
            if (is(in, i, end, "ID")) {
                return new Trimmed(in, null);
            } else if (is(in, i, end, "BDC") || is(in, i, end, "BMC")) {
                boolean artifact = operands > 0 && is(in, firstOperand, tokenEnd(in, firstOperand), "/Artifact");
                String property = operands > 1 ? name(in, lastOperand) : null;
                open.push(new Marked(operands > 0 ? firstOperand : i, artifact, property));
            } else if (is(in, i, end, "EMC") && !open.isEmpty()) {
                Marked marked = open.pop();
                if (marked.artifact && !marked.holdsSomething) {
                    while (!cuts.isEmpty() && cuts.get(cuts.size() - 1)[0] >= marked.start) {
                        cuts.remove(cuts.size() - 1);
                    }
                    end = skipWhite(in, end);
                    cuts.add(new int[] {marked.start, end});
                } else {
                    if (marked.property != null) {
                        named.add(marked.property);
                    }
                    holdSomething(open);
                }
            } else {
                if (is(in, i, end, "DP") && operands > 1) {
                    named.add(name(in, lastOperand));
                }
                holdSomething(open);
            }
            operands = 0;
            i = end;
        }
        for (Marked marked : open) {
            if (marked.property != null) {
                named.add(marked.property);
            }
        }
        return new Trimmed(without(in, cuts), named);
    }

    private static void holdSomething(Deque<Marked> open) {
        if (!open.isEmpty()) {
            open.peek().holdsSomething = true;
        }
    }

    private static byte[] without(byte[] in, List<int[]> cuts) {
        int length = in.length;
        for (int[] cut : cuts) {
            length -= cut[1] - cut[0];
        }
        byte[] out = new byte[length];
        int from = 0;
        int at = 0;
        for (int[] cut : cuts) {
            System.arraycopy(in, from, out, at, cut[0] - from);
            at += cut[0] - from;
            from = cut[1];
        }
        System.arraycopy(in, from, out, at, in.length - from);
        return out;
    }

    /** A marked sequence: where its operands start in the input, and whether anything is drawn inside it. */
    private static final class Marked {
        final int start;
        final boolean artifact;
        final String property;
        boolean holdsSomething;

        Marked(int start, boolean artifact, String property) {
            this.start = start;
            this.artifact = artifact;
            this.property = property;
        }
    }

    /** A name token's text without its slash, or null if the token is not a name. */
    private static String name(byte[] in, int at) {
        return in[at] == '/' ? new String(in, at + 1, tokenEnd(in, at) - at - 1, StandardCharsets.ISO_8859_1) : null;
    }

    private static boolean is(byte[] in, int start, int end, String text) {
        if (end - start != text.length()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (in[start + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** An operator is a bare word that is not a number or a keyword operand. */
    private static boolean isOperator(byte[] in, int start, int end) {
        int b = in[start] & 0xff;
        if (isDelimiter(b) || b == '+' || b == '-' || b == '.' || (b >= '0' && b <= '9')) {
            return false;
        }
        return !is(in, start, end, "true") && !is(in, start, end, "false") && !is(in, start, end, "null");
    }

    /** Where the token starting at {@code i} ends, or -1 if the content is not as the printer writes it. */
    private static int tokenEnd(byte[] in, int i) {
        int b = in[i] & 0xff;
        switch (b) {
            case '(' -> {
                int depth = 0;
                for (int j = i; j < in.length; j++) {
                    if (in[j] == '\\') {
                        j++;
                    } else if (in[j] == '(') {
                        depth++;
                    } else if (in[j] == ')' && --depth == 0) {
                        return j + 1;
                    }
                }
                return -1;
            }
            case '<' -> {
                if (i + 1 < in.length && in[i + 1] == '<') {
                    return i + 2;
                }
                for (int j = i + 1; j < in.length; j++) {
                    if (in[j] == '>') {
                        return j + 1;
                    }
                }
                return -1;
            }
            case '>' -> {
                return i + 1 < in.length && in[i + 1] == '>' ? i + 2 : -1;
            }
            case '[', ']', '{', '}' -> {
                return i + 1;
            }
            case '%' -> {
                int j = i;
                while (j < in.length && in[j] != '\n' && in[j] != '\r') {
                    j++;
                }
                return j;
            }
            default -> {
                int j = i + 1;
                while (j < in.length && !isWhite(in[j] & 0xff) && !isDelimiter(in[j] & 0xff)) {
                    j++;
                }
                return j;
            }
        }
    }

    private static int skipWhite(byte[] in, int i) {
        while (i < in.length && isWhite(in[i] & 0xff)) {
            i++;
        }
        return i;
    }

    private static boolean isWhite(int b) {
        return b == 0 || b == 9 || b == 10 || b == 12 || b == 13 || b == 32;
    }

    private static boolean isDelimiter(int b) {
        return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}'
                || b == '/' || b == '%';
    }
}
