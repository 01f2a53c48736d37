package uk.quarterlyreturns.people;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.quarterlyreturns.base.QuarterlySettings;

/**
 * Accounts an administrator marked as another system's (a values feed, a monitoring check) rather than a person's.
 * With the council's accounts alone (local passwords off) people sign in only with their council account and have no
 * password here: only such an account is given one, and only its password opens the API (HTTP Basic). With local
 * passwords on the mark changes nothing.
 */
@Repository
public class ApiAccounts {

    /** The mark in the administrator's words, on the Users screen and in the account's history. */
    public static final String WORDS = "API account (another system)";
    static final String NO_PASSWORD_FOR_PEOPLE = "People sign in with their council account here and have no"
            + " password: only an account marked as an " + WORDS + " is given one";

    private final JdbcClient jdbc;
    private final boolean passwordsForPeople;

    ApiAccounts(JdbcClient jdbc, QuarterlySettings settings) {
        this.jdbc = jdbc;
        this.passwordsForPeople = settings.sso().localPasswords();
    }

    /** Whether people, not only other systems, have passwords here (local passwords on). */
    public boolean passwordsForPeople() {
        return passwordsForPeople;
    }

    /** Whether an account so marked (or not) may be given a password here. */
    public boolean mayHavePassword(boolean apiAccount) {
        return passwordsForPeople || apiAccount;
    }

    public boolean marked(String username) {
        return jdbc.sql("select api_account from app_user where username = :u").param("u", username)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The usernames of every account marked, for the Users screen. */
    public Set<String> marked() {
        return jdbc.sql("select username from app_user where api_account").query(String.class).set();
    }

    void mark(String username, boolean apiAccount) {
        jdbc.sql("update app_user set api_account = :a where username = :u")
                .param("a", apiAccount).param("u", username).update();
    }

    /** Refuses a password for an account that may not have one here. */
    void requireMayHavePassword(boolean apiAccount) {
        if (!mayHavePassword(apiAccount)) {
            UserChecks.reject(Map.of(UserRejectedException.PASSWORD, NO_PASSWORD_FOR_PEOPLE));
        }
    }
}
