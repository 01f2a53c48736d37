package uk.quarterlyreturns.returns;

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
}
