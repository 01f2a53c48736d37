package uk.quarterlyreturns.people;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The passwords kept for people who sign in here: their hashes, versions, and whether they chose them. */
@Repository
public class StoredPasswords {

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final ResetLinks links;
    private final Clock clock;

    StoredPasswords(JdbcClient jdbc, PersonRepository people, ResetLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.links = links;
        this.clock = clock;
    }

    public Optional<String> passwordHash(String username) {
        return credentials(username).map(Credentials::hash);
    }

    /**
     * A user's password hash, its version, which every change of the password moves on, and whether they chose it
     * themselves (false while it is one an administrator set for them).
     */
    public record Credentials(String hash, int version, boolean chosen) {
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("select password_hash, password_version, password_chosen from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> new Credentials(rs.getString("password_hash"), rs.getInt("password_version"),
                        rs.getBoolean("password_chosen")))
                .optional();
    }

    /** The password was set for the person by someone else: they choose their own at their next sign-in. */
    public void passwordSetForThem(String username) {
        jdbc.sql("update app_user set password_chosen = false where username = :u").param("u", username).update();
    }

    /**
     * Stores a new password and moves its version on, which ends the user's sessions; answers the new version. It also
     * ends their forgotten-password links still open: a password reset because the account may be in someone else's
     * hands (or changed by its owner) must not leave an earlier link setting another.
     */
    public int setPasswordHash(String username, String hash, String by) {
        int version = jdbc.sql("update app_user set password_hash = :h, password_version = password_version + 1,"
                        + " password_chosen = (:u = :by) where username = :u returning password_version")
                .param("h", hash).param("u", username).param("by", by).query(Integer.class).single();
        links.endOpen(username, clock.instant());
        people.changedBy(username, by);
        return version;
    }
}
