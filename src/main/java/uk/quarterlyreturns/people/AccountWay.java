package uk.quarterlyreturns.people;

/** Through which way in an account was changed. */
public enum AccountWay {
    SCREEN("screen"),
    API("API"),
    FILE_IMPORT("file import"),
    START_UP("start-up setting");

    private final String words;

    AccountWay(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
