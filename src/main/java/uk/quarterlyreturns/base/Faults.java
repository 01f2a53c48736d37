package uk.quarterlyreturns.base;

import java.util.Objects;
import java.util.UUID;

/**
 * Failures nobody foresaw, as the screens and the API answer them: a plain sentence and a reference to quote, with the
 * exception in the log under that reference, never on the page or in the answer.
 */
public final class Faults {

    /**
     * What a step is told that met another change to the same thing at the same moment (the engine's optimistic lock):
     * nothing of it was saved, and the same step again will do.
     */
    public static final String AT_THE_SAME_MOMENT = "Not done: what this acts on changed at the same moment (another"
            + " step of its process, or a colleague), so nothing of it was saved. Try again.";

    private Faults() {
    }

    /** A fault's reference, to find it in the log. */
    public static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * An exception made only to carry another (a stored report's JSON that does not read, a digest missing) has that
     * one's text as its message: class names, parser positions, SQL. It is a fault of the server, not a refusal.
     */
    public static boolean wrapsAFault(Throwable e) {
        return e.getCause() != null && Objects.equals(e.getMessage(), e.getCause().toString());
    }
}
