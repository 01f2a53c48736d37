package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.Objects;

/** A measure's annual target: a number, "No target" (empty) or "TBA" (not yet agreed; no RAG). */
public record Target(Kind kind, BigDecimal value) {

    public enum Kind { VALUE, NO_TARGET, TBA }

    public static final Target NO_TARGET = new Target(Kind.NO_TARGET, null);
    public static final Target TBA = new Target(Kind.TBA, null);

    public Target {
        Objects.requireNonNull(kind);
        if ((kind == Kind.VALUE) != (value != null)) {
            throw new IllegalArgumentException("a target has a value exactly when its kind is VALUE");
        }
    }

    public static Target of(BigDecimal value) {
        return new Target(Kind.VALUE, value);
    }

    public boolean hasValue() {
        return kind == Kind.VALUE;
    }

    /** The text used in the framework file: the number, empty for no target, or TBA. */
    public String toCsv() {
        return switch (kind) {
            case VALUE -> value.stripTrailingZeros().toPlainString();
            case NO_TARGET -> "";
            case TBA -> "TBA";
        };
    }
}
