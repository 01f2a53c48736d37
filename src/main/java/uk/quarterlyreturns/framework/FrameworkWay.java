package uk.quarterlyreturns.framework;

/** By which way a year's framework was changed, as its history names it. */
public enum FrameworkWay {
    FILE_ON_SCREEN("file on the Framework screen"),
    API_FILE("API file"),
    FORM("Framework screen form"),
    /** A removal or a framework setting, on the Framework screen. */
    SCREEN("Framework screen"),
    /** A removal through the API. */
    API("API"),
    ROLLOVER("year-end rollover"),
    /** A file loaded with nobody at a screen or the API (the demo's framework at start-up). */
    FILE("file import");

    private final String words;

    FrameworkWay(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
