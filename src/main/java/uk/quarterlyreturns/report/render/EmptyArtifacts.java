package uk.quarterlyreturns.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
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

    private static final Set<COSName> ARTIFACT_TYPES = Set.of(COSName.BACKGROUND, COSName.getPDFName("Pagination"));

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
        } else if (contents instanceof org.apache.pdfbox.cos.COSArray array) {
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
            COSBase item = properties.getItem(name);
            COSBase list = item instanceof COSObject reference ? reference.getObject() : item;
            if (!named.contains(name.getName()) && list instanceof COSDictionary artifact
                    && ARTIFACT_TYPES.contains(artifact.getCOSName(COSName.TYPE))) {
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
        Out out = new Out(in.length);
        Deque<Marked> open = new ArrayDeque<>();
        Set<String> named = new HashSet<>();
        List<int[]> operands = new ArrayList<>(); // [start, end] in the input, since the last operator
        int operandsAt = -1; // where in the output they start
        int i = 0;
        while (i < in.length) {
            int b = in[i] & 0xff;
            if (isWhite(b)) {
                out.put(in, i, i + 1);
                i++;
                continue;
            }
            int end = tokenEnd(in, i);
            if (end < 0) {
                return new Trimmed(in, null);
            }
            if (isOperator(in, i, end)) {
                String op = new String(in, i, end - i, StandardCharsets.US_ASCII);
                switch (op) {
                    case "ID" -> {
                        return new Trimmed(in, null);
                    }
                    case "BDC", "BMC" -> {
                        String property = op.equals("BDC") ? propertyName(in, operands) : null;
                        boolean artifact = !operands.isEmpty() && is(in, operands.get(0), "/Artifact");
                        out.put(in, i, end);
                        open.push(new Marked(operandsAt < 0 ? out.length - (end - i) : operandsAt, out.length,
                                artifact, property));
                    }
                    case "EMC" -> {
                        Marked marked = open.poll();
                        if (marked != null && marked.artifact() && out.isBlankFrom(marked.headerEnd())) {
                            out.length = marked.start();
                            i = skipWhite(in, end);
                            operands.clear();
                            operandsAt = -1;
                            continue;
                        }
                        if (marked != null && marked.property() != null) {
                            named.add(marked.property());
                        }
                        out.put(in, i, end);
                    }
                    case "DP" -> {
                        String property = propertyName(in, operands);
                        if (property != null) {
                            named.add(property);
                        }
                        out.put(in, i, end);
                    }
                    default -> out.put(in, i, end);
                }
                operands.clear();
                operandsAt = -1;
            } else {
                if (operands.isEmpty()) {
                    operandsAt = out.length;
                }
                operands.add(new int[] {i, end});
                out.put(in, i, end);
            }
            i = end;
        }
        for (Marked marked : open) {
            if (marked.property() != null) {
                named.add(marked.property());
            }
        }
        return new Trimmed(out.bytes(), named);
    }

    /** A marked sequence opened in the output: where its operands start, where its operator ends. */
    private record Marked(int start, int headerEnd, boolean artifact, String property) {
    }

    /** The name of a property list in the resources: the last operand, when it is a name. */
    private static String propertyName(byte[] in, List<int[]> operands) {
        if (operands.size() < 2) {
            return null;
        }
        int[] last = operands.get(operands.size() - 1);
        return in[last[0]] == '/' ? new String(in, last[0] + 1, last[1] - last[0] - 1,
                StandardCharsets.ISO_8859_1) : null;
    }

    private static boolean is(byte[] in, int[] token, String text) {
        return token[1] - token[0] == text.length()
                && new String(in, token[0], token[1] - token[0], StandardCharsets.ISO_8859_1)
                        .equals(text);
    }

    /** An operator is a bare word that is not a number or a keyword operand. */
    private static boolean isOperator(byte[] in, int start, int end) {
        int b = in[start] & 0xff;
        if (isDelimiter(b) || b == '+' || b == '-' || b == '.' || (b >= '0' && b <= '9')) {
            return false;
        }
        String word = new String(in, start, end - start, StandardCharsets.ISO_8859_1);
        return !word.equals("true") && !word.equals("false") && !word.equals("null");
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

    /** The output so far, which a dropped artifact cuts back. */
    private static final class Out {
        private byte[] bytes;
        private int length;

        Out(int capacity) {
            bytes = new byte[Math.max(capacity, 16)];
        }

        void put(byte[] in, int from, int to) {
            int n = to - from;
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
            System.arraycopy(in, from, bytes, length, n);
            length += n;
        }

        boolean isBlankFrom(int from) {
            for (int j = from; j < length; j++) {
                if (!isWhite(bytes[j] & 0xff)) {
                    return false;
                }
            }
            return true;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
