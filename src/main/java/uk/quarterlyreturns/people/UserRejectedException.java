package uk.quarterlyreturns.people;

import java.util.Map;
import java.util.TreeMap;

/** A user's details that cannot be saved, with a message for each field at fault; nothing was changed. */
public class UserRejectedException extends IllegalArgumentException {

    public static final String USERNAME = "username";
    public static final String DISPLAY_NAME = "displayName";
    public static final String EMAIL = "email";
    public static final String ROLES = "roles";
    public static final String SERVICE = "service";
    public static final String DIRECTORATE = "directorate";
    public static final String PASSWORD = "password";
    public static final String CURRENT_PASSWORD = "currentPassword";
    public static final String REPEATED_PASSWORD = "repeatedPassword";

    private final Map<String, String> problems;

    public UserRejectedException(Map<String, String> problems) {
        super(String.join("; ", new TreeMap<>(problems).values()));
        this.problems = Map.copyOf(problems);
    }

    public static UserRejectedException of(String field, String message) {
        return new UserRejectedException(Map.of(field, message));
    }

    /** Field name (the constants above) to what is wrong with it. */
    public Map<String, String> problems() {
        return problems;
    }
}
