package uk.quarterlyreturns.returns;

import java.util.List;

/** What each step of a return's journey checks before it changes anything, and its words when it refuses. */
final class StepChecks {

    private StepChecks() {
    }

    /**
     * A decision is on the version the person saw: every status change raises the version, so a page left open
     * while the return went round again cannot pass on (or send back) a version nobody looked at.
     */
    static void requireUnchanged(ServiceReturn r, int seenVersion) {
        if (r.version() != seenVersion) {
            throw new IllegalStateException(
                    "This return has changed since you opened it: reload the page to see the latest version");
        }
    }

    /**
     * A submission is of the version the page showed too. Starting a return (its first change saved, from this page
     * or another) raises the version but decides nothing: a return seen not started may be handed in started. Only
     * the start leads to a draft, so a draft one version on from the page's was not started when the page was read.
     */
    static void requireUnchangedButStarted(ServiceReturn r, int seenVersion) {
        boolean onlyStarted = r.status() == ReturnStatus.DRAFT && r.version() == seenVersion + 1;
        requireUnchanged(r, onlyStarted ? r.version() : seenVersion);
    }

    /**
     * A sign-off is of what the director saw: a change someone else (a deputy, in their own window) made after the
     * page was read went unseen.
     *
     * @param unseen what others changed since the page was read
     */
    static void requireNoneUnseen(List<String> unseen) {
        if (!unseen.isEmpty()) {
            throw new IllegalStateException("Someone else changed " + String.join(", ", unseen) + " since you opened"
                    + " this return: reload the page to see the latest version before signing it off");
        }
    }

    static void requireStatus(ServiceReturn r, ReturnStatus... allowed) {
        for (ReturnStatus s : allowed) {
            if (r.status() == s) {
                return;
            }
        }
        throw new IllegalStateException(r.standing() + ", so this cannot be done now");
    }

    static void requireShort(String text, String what) {
        if (text != null && text.length() > ReturnWorkflow.MOST_CHARACTERS) {
            throw new IllegalArgumentException(what + " is at most " + ReturnWorkflow.MOST_CHARACTERS
                    + " characters; this one has " + text.length());
        }
    }

    static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }
}
