package uk.quarterlyreturns.people;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What an initial or reset password must be: long rather than clever (no character-class rules), at most
 * 72 bytes because BCrypt ignores anything beyond, and not the username.
 */
public final class PasswordRule {

    public static final int SHORTEST = 12;
    private static final int BCRYPT_BYTES = 72;

    private PasswordRule() {
    }

    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < SHORTEST) {
            return Optional.of("Use at least " + SHORTEST + " characters; a few unrelated words are easy to remember");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_BYTES) {
            return Optional.of("Use at most " + BCRYPT_BYTES + " bytes: longer passwords are cut short when stored");
        }
        if (password.isBlank() || password.chars().distinct().count() == 1) {
            return Optional.of("Do not repeat one character throughout");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the username");
        }
        return Optional.empty();
    }
}
