package uk.quarterlyreturns.people;

/** Through which way in an account was changed. */
public enum AccountWay {
    SCREEN("screen"),
    API("API"),
    FILE_IMPORT("file import"),
    START_UP("start-up setting"),
    /** The person themselves, through a link sent to their email address after "Forgot your password?". */
    EMAILED_LINK("link sent by email"),
    /** A directorate recorded as continuing as another: its strategic directors moved with it. */
    RESTRUCTURE("directorate renamed");

    private final String words;

    AccountWay(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
