package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The comments a chief executive has typed on a report's approval page and not yet sent, kept in their own session
 * (every tab of it) so that reading the PDF or another page in the same tab loses nothing. Not stored: until they
 * approve or return the report, the words are not a decision. Kept per person as well as per report, so whoever
 * signs in on the same browser afterwards never sees them.
 */
final class UnsentComments {

    private static final String ATTRIBUTE = UnsentComments.class.getName();

    /**
     * Words as typed, with the approval step (one compilation of the report sent for approval) they were typed on.
     */
    record Kept(String words, String step) implements Serializable {
    }

    private UnsentComments() {
    }

    static Optional<Kept> of(String username, long cycleId) {
        return Optional.ofNullable(kept().get(key(username, cycleId)));
    }

    /** Keeps the words for this report and step; blank words keep nothing. */
    static void keep(String username, long cycleId, String step, String words) {
        if (words == null || words.isBlank()) {
            forget(username, cycleId);
        } else {
            kept().put(key(username, cycleId), new Kept(words, step));
        }
    }

    /** Once the report is approved or returned, what was typed for it has been sent or has no use. */
    static void forget(String username, long cycleId) {
        kept().remove(key(username, cycleId));
    }

    private static String key(String username, long cycleId) {
        return username + "\n" + cycleId;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Kept> kept() {
        VaadinSession session = VaadinSession.getCurrent();
        Object kept = session.getAttribute(ATTRIBUTE);
        if (kept == null) {
            kept = new HashMap<String, Kept>();
            session.setAttribute(ATTRIBUTE, kept);
        }
        return (Map<String, Kept>) kept;
    }
}
