package uk.quarterlyreturns.people;

/** What changed in a person's account, in the words the account history shows. */
public enum AccountChange {
    CREATED("Created"),
    NAME("Name changed"),
    EMAIL("Email address changed"),
    ROLES("Roles changed"),
    PLACE("Service or directorate changed"),
    DISABLED("Disabled"),
    ENABLED("Enabled again"),
    PASSWORD_RESET("Password reset"),
    PASSWORD_CHANGED("Password changed by its owner"),
    DEPUTY_NAMED("Named deputy"),
    DEPUTY_ENDED("Deputy period ended early"),
    DEPUTY_WITHDRAWN("Deputy withdrawn");

    private final String words;

    AccountChange(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
