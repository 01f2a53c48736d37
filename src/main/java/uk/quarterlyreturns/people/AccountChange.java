package uk.quarterlyreturns.people;

/** What changed in a person's account, in the words the account history shows. */
public enum AccountChange {
    CREATED("Created", " as "),
    NAME("Name changed"),
    EMAIL("Email address changed"),
    ROLES("Roles changed"),
    PLACE("Service or directorate changed"),
    DISABLED("Disabled"),
    ENABLED("Enabled again"),
    /** Marked as another system's account (ApiAccounts), whose password alone opens the API with council accounts. */
    API_ACCOUNT("Marked as an " + ApiAccounts.WORDS),
    PERSON_ACCOUNT("No longer marked as an " + ApiAccounts.WORDS),
    /** Unmarked with the council's accounts alone: marked again, it needs a new password. */
    PASSWORD_REMOVED("Password removed (people have none here)"),
    PASSWORD_RESET("Password reset"),
    PASSWORD_CHANGED("Password changed by its owner"),
    DEPUTY_NAMED("Named deputy", " for "),
    DEPUTY_ENDED("Deputy period ended early", " for "),
    DEPUTY_WITHDRAWN("Deputy withdrawn", " for "),
    /** A strategic director's cover, in the history of the one who covers: for whom, which directorate, when. */
    COVER_NAMED("Named cover", " for "),
    COVER_ENDED("Cover period ended early", " for "),
    COVER_WITHDRAWN("Cover withdrawn", " for "),
    /** The same cover in the history of the strategic director covered: who covers them, when. */
    COVERED_NAMED("Cover named for them", ": "),
    COVERED_ENDED("Their cover ended early", ": "),
    COVERED_WITHDRAWN("Their cover withdrawn", ": ");

    private final String words;
    private final String before;

    AccountChange(String words) {
        this(words, " to ");
    }

    AccountChange(String words, String before) {
        this.words = words;
        this.before = before;
    }

    public String words() {
        return words;
    }

    /** What goes between the words and the value changed to: " to ", " as " (created), " for " (a deputy). */
    String beforeValue() {
        return before;
    }
}
