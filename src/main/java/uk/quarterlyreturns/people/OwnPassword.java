package uk.quarterlyreturns.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.security.SignInAttempts;

/**
 * Someone changes their own password, proving the current one first. That proof counts as a sign-in attempt
 * ({@link SignInAttempts}): a session left open cannot be used to guess the password without limit, and wrong
 * guesses here lock the sign-in as wrong guesses there do.
 */
@Service
public class OwnPassword {

    private static final Logger log = LoggerFactory.getLogger(OwnPassword.class);

    private final StoredPasswords stored;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    private final AccountNotices notices;
    private final AccountHistory history;

    OwnPassword(StoredPasswords stored, PasswordEncoder passwords, SignInAttempts attempts, AccountNotices notices,
            AccountHistory history) {
        this.stored = stored;
        this.notices = notices;
        this.history = history;
        this.passwords = passwords;
        this.attempts = attempts;
    }

    /** Answers the password's new version; refused with a message for each field at fault, and nothing changed. */
    @Transactional
    public int change(String username, String current, String next, String repeated) {
        boolean admitted = attempts.admit(username);
        String hash = stored.passwordHash(username)
                .orElseThrow(() -> new IllegalArgumentException("No user " + username));
        boolean matches = passwords.matches(Objects.requireNonNullElse(current, ""), hash);
        if (!admitted) {
            log.info("Password change refused for {}: locked after repeated failures", username);
            throw UserRejectedException.of(UserRejectedException.CURRENT_PASSWORD, "Too many wrong passwords: try"
                    + " again in " + SignInAttempts.LOCK.toMinutes() + " minutes");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (matches) {
            attempts.succeeded(username);
        } else {
            log.info("Password change refused for {}: the current password was wrong", username);
            problems.put(UserRejectedException.CURRENT_PASSWORD, "This is not your current password");
        }
        PasswordRule.problem(next, username).ifPresent(p -> problems.put(UserRejectedException.PASSWORD, p));
        if (!problems.containsKey(UserRejectedException.PASSWORD) && matches && next.equals(current)) {
            problems.put(UserRejectedException.PASSWORD, "Choose a new password, not the one you have now");
        }
        if (!Objects.equals(next, repeated)) {
            problems.put(UserRejectedException.REPEATED_PASSWORD, "The two new passwords differ: type it again");
        }
        if (!problems.isEmpty()) {
            throw new UserRejectedException(problems);
        }
        int version = stored.setPasswordHash(username, passwords.encode(next), username);
        history.passwordChanged(username);
        notices.passwordChanged(username, "under My settings");
        log.info("{} changed their own password; their other sessions end", username);
        return version;
    }
}
