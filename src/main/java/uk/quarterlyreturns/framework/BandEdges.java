package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The FIVE_POINT scheme's band edges: shortfalls from target, in percent, at which a measure drops
 * from Amber/Green to Amber (e1), Amber to Red/Amber (e2) and Red/Amber to Red (e3). A year's
 * framework setting, written "5;10;15".
 */
public record BandEdges(BigDecimal e1, BigDecimal e2, BigDecimal e3) {

    public static final BandEdges DEFAULT =
            new BandEdges(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("15"));

    private static final String FORMAT = "three increasing positive percentages separated by"
            + " semicolons, like \"5;10;15\"";

    public BandEdges {
        Objects.requireNonNull(e1, "e1");
        Objects.requireNonNull(e2, "e2");
        Objects.requireNonNull(e3, "e3");
        if (e1.signum() <= 0 || e1.compareTo(e2) >= 0 || e2.compareTo(e3) >= 0) {
            throw new IllegalArgumentException(
                    "Band edges must be " + FORMAT + "; got " + format(e1, e2, e3));
        }
    }

    /** Reads the framework setting, e.g. "5;10;15" (spaces around the numbers are allowed). */
    public static BandEdges parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Band edges must be " + FORMAT + "; got nothing");
        }
        // limit -1 keeps empty trailing parts so that "5;10;" is reported, not silently shortened
        String[] parts = text.split(";", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException(
                    "Band edges must be " + FORMAT + "; got \"" + text + "\"");
        }
        BigDecimal[] edges = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            try {
                edges[i] = new BigDecimal(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Band edges must be " + FORMAT + "; \""
                        + parts[i].trim() + "\" in \"" + text + "\" is not a number", e);
            }
        }
        return new BandEdges(edges[0], edges[1], edges[2]);
    }

    /** The framework setting's text, e.g. "5;10;15"; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return format(e1, e2, e3);
    }

    private static String format(BigDecimal... edges) {
        StringBuilder text = new StringBuilder();
        for (BigDecimal edge : edges) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(edge.stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }
}
