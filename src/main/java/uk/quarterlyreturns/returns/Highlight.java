package uk.quarterlyreturns.returns;

/**
 * A service's highlight report for the quarter, in the head of service's words.
 *
 * @param currentIssues what is going wrong or at risk, and why
 * @param improvements  what has got better
 * @param narrative     the head of service's overall narrative
 */
public record Highlight(String currentIssues, String improvements, String narrative) {

    public static final Highlight EMPTY = new Highlight(null, null, null);

    public Highlight {
        currentIssues = clean(currentIssues);
        improvements = clean(improvements);
        narrative = clean(narrative);
    }

    public boolean isBlank() {
        return currentIssues == null && improvements == null && narrative == null;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
