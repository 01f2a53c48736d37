package uk.quarterlyreturns.report.render;

import static uk.quarterlyreturns.report.render.ContentTokens.is;
import static uk.quarterlyreturns.report.render.ContentTokens.isOperator;
import static uk.quarterlyreturns.report.render.ContentTokens.isWhite;
import static uk.quarterlyreturns.report.render.ContentTokens.name;
import static uk.quarterlyreturns.report.render.ContentTokens.skipWhite;
import static uk.quarterlyreturns.report.render.ContentTokens.tokenEnd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Content without its empty artifacts, and the property lists the rest still names (null: not read, all kept). */
record TrimmedContent(byte[] content, Set<String> propertiesNamed) {

    /**
     * The content with each artifact that marks nothing taken out, nested ones too. It is read token by token, so
     * that text and binary strings are never mistaken for operators; content with an inline image is left whole.
     */
    static TrimmedContent of(byte[] in) {
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
                return new TrimmedContent(in, null);
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
                return new TrimmedContent(in, null);
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
        return new TrimmedContent(without(in, cuts), named);
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
}
