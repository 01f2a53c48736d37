package uk.quarterlyreturns.framework;

/** The way a values feed came in, as a return's history names it: an auditor asks which. */
public enum FeedRoute {

    FRAMEWORK_SCREEN("values feed (file on the Framework screen)"),
    API("values feed (API)"),
    /** The demo's own first-quarter figures, loaded with its framework: no system fed them. */
    DEMO("values feed (demo data)");

    private final String words;

    FeedRoute(String words) {
        this.words = words;
    }

    /** How a return's history says a figure came this way. */
    public String words() {
        return words;
    }
}
