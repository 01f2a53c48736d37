package uk.quarterlyreturns.framework;

/**
 * What a return says about one key action in one quarter: its status, the commentary on progress, and
 * while it is Amber or worse the reasons for performance and the actions planned. Blank texts are null.
 */
public record ActionEntry(Rag status, String commentary, String reasons, String actionsPlanned) {

    public ActionEntry {
        commentary = blankToNull(commentary);
        reasons = blankToNull(reasons);
        actionsPlanned = blankToNull(actionsPlanned);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
