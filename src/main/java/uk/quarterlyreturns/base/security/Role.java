package uk.quarterlyreturns.base.security;

/** What a person does here; also their Camunda group, so task candidate groups use the same names. */
public enum Role {
    ADMIN("Administrator"),
    PERFORMANCE_TEAM("Performance team"),
    SERVICE_DIRECTOR("Service director"),
    DATA_OFFICER("Data officer"),
    STRATEGIC_DIRECTOR("Strategic director"),
    CHIEF_EXECUTIVE("Chief executive"),
    READER("Reader");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, as hasRole() expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
