package uk.quarterlyreturns.framework;

/** The way a values feed came in, as a return's history names it: an auditor asks which. */
public enum FeedRoute {

    FRAMEWORK_SCREEN("values feed (file on the Framework screen)"),
    API("values feed (API)");

    private final String words;

    FeedRoute(String words) {
        this.words = words;
    }

    /** How a return's history says a figure came this way. */
    public String words() {
        return words;
    }
}
