package uk.quarterlyreturns.returns.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What someone else changed in an item of the return since this page read it, field by field, each with what it now
 * holds in brief ("the figure (now 74%)"); and the item saved over theirs keeping those changes: only the fields this
 * person changed on their page go over what is stored, so a colleague's change to a field they never touched stays.
 */
final class TheirChanges {

    private static final int BRIEF = 40;

    private final List<String> changes = new ArrayList<>();

    /** The field as saved over theirs: mine where this person changed it since the page read it, else theirs. */
    static <T> T over(T read, T mine, T theirs) {
        return same(read, mine) ? theirs : mine;
    }

    /** Equal, a figure by its number: 74 and 74.00 are one figure. */
    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** A field of words, saying what it now says (shortened) or that it is now blank. */
    TheirChanges words(String field, String read, String theirs) {
        return field(field, read, theirs, brief(theirs));
    }

    /** Words in brief, quoted, "blank" for none. */
    static String brief(String text) {
        return text == null ? "blank" : "\u201c" + (text.length() <= BRIEF ? text
                : text.substring(0, BRIEF - 1).stripTrailing() + "\u2026") + "\u201d";
    }

    /** Any other field, with what it now holds as the form shows it. */
    TheirChanges field(String field, Object read, Object theirs, String now) {
        if (!same(read, theirs)) {
            changes.add(field + " (now " + now + ")");
        }
        return this;
    }

    List<String> list() {
        return List.copyOf(changes);
    }
}
