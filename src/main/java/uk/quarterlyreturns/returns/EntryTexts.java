package uk.quarterlyreturns.returns;

import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.MeasureEntry;

/**
 * The longest text a return keeps for one item (a narrative, an explanation, a justification, a key action's
 * commentary). The form stops typing there; the server refuses a longer text whichever way it came, so that a
 * crafted request cannot store pages the report would then print.
 */
public final class EntryTexts {

    public static final int MOST_CHARACTERS = 4000;

    private EntryTexts() {
    }

    /** Refuses {@code text} when longer than the form allows, naming the item and what it is. */
    static void check(String code, String what, String text) {
        if (text != null && text.length() > MOST_CHARACTERS) {
            throw new IllegalArgumentException("The " + what + " of " + code + " is " + text.length()
                    + " characters long: at most " + MOST_CHARACTERS + ". Shorten it and save again.");
        }
    }

    /** Each of a measure's words as typed or uploaded, checked as {@link #check} does. */
    static void checkMeasure(String code, MeasureEntry entry) {
        check(code, "reasons for performance", entry.reasons());
        check(code, "actions planned", entry.actionsPlanned());
        check(code, "explanation of the query", entry.queryExplanation());
        check(code, "reason the figure is not available", entry.notAvailableReason());
    }

    /** Each of a key action's words, checked as {@link #check} does. */
    static void checkKeyAction(String code, ActionEntry entry) {
        check(code, "commentary", entry.commentary());
        check(code, "reasons", entry.reasons());
        check(code, "actions planned", entry.actionsPlanned());
    }
}
