package uk.quarterlyreturns.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The requests of "Forgot your password?" and the links they sent. A link's token is shown once, in the email;
 * only its SHA-256 hash is stored, so what the database holds cannot be turned back into a working link.
 */
@Component
class ResetLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;

    ResetLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token: 256 random bits, fit for an address. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a request; requests a day old go, so that the table holds no more than the throttles need. */
    long recordRequest(String clientAddress, Instant now) {
        jdbc.sql("delete from password_reset where requested_at < :old")
                .param("old", Timestamp.from(now.minus(KEPT))).update();
        return jdbc.sql("insert into password_reset (requested_at, client_address) values (:at, :client) returning id")
                .param("at", Timestamp.from(now)).param("client", clientAddress).query(Long.class).single();
    }

    /** Requests from the client address in the hour before now, whatever became of them. */
    int requestsFrom(String clientAddress, Instant now) {
        return jdbc.sql("select count(*) from password_reset where client_address = :client and requested_at > :since")
                .param("client", clientAddress).param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Integer.class).single();
    }

    /** Links sent to the person in the hour before now. */
    int linksSentTo(String username, Instant now) {
        return jdbc.sql("""
                select count(*) from password_reset
                where username = :u and token_hash is not null and requested_at > :since""")
                .param("u", username).param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Integer.class).single();
    }

    /** Ends the person's links still open: a newer link or a reset replaces them. */
    void endOpen(String username, Instant now) {
        jdbc.sql("update password_reset set ended_at = :now where username = :u and used_at is null"
                        + " and ended_at is null and token_hash is not null")
                .param("now", Timestamp.from(now)).param("u", username).update();
    }

    /** Makes the request a link for the person, open until it expires. */
    void attach(long requestId, String username, String token, Instant expires) {
        jdbc.sql("update password_reset set username = :u, token_hash = :h, expires_at = :exp where id = :id")
                .param("u", username).param("h", hash(token)).param("exp", Timestamp.from(expires))
                .param("id", requestId).update();
    }

    /** The person whose link this is, while it is open at that moment; locked until the caller's transaction ends. */
    Optional<String> openFor(String token, Instant now, boolean lock) {
        return jdbc.sql("select username from password_reset where token_hash = :h and used_at is null"
                        + " and ended_at is null and expires_at > :now" + (lock ? " for update" : ""))
                .param("h", hash(token)).param("now", Timestamp.from(now)).query(String.class).optional();
    }

    void use(String token, Instant now) {
        jdbc.sql("update password_reset set used_at = :now where token_hash = :h")
                .param("now", Timestamp.from(now)).param("h", hash(token)).update();
    }
}
