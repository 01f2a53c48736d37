package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Set;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;

/**
 * One measure or key action of a signed-off return as the quality check reviews it: its status, its words,
 * and why it deserves a look (the flags). Two items are the same item when their codes are, so a row keeps
 * its place and open details when the item is read again after a challenge.
 *
 * @param measure     the measure as it stands, or null for a key action
 * @param rag         the effective RAG (a measure's override when there is one; a key action's status)
 * @param commentary  a key action's commentary, or null for a measure
 * @param query       a measure moved further than the query threshold since last quarter
 * @param challenges  the item's challenges and the service's answers, oldest first
 * @param challengeOpen a challenge on the version now signed off waits for the service's answer (one on an
 *                    earlier version, sent back since, does not: acceptance does not count it)
 * @param names       the names of the people its challenges and override mention
 */
public record ReviewItem(Kind kind, String code, String title, MeasureStatus measure, Rag rag, String commentary,
        String reasons, String actionsPlanned, boolean query, String queryExplanation, RagOverride override,
        List<ReturnTrail.Event> challenges, Set<Flag> flags, boolean challengeOpen, Names names) {

    public enum Kind { MEASURE, KEY_ACTION }

    /** Why an item is an exception, in the words the grid shows. */
    public enum Flag {
        AMBER_OR_WORSE("Amber or worse"), MISSING("Missing"), QUERY("Query"), OVERRIDE("RAG overridden"),
        CHANGED("Changed since last version"), CHANGED_AT_SIGN_OFF("Changed at sign-off"),
        CHALLENGE("Challenged");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isException() {
        return !flags.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewItem item && item.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
