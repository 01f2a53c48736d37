package uk.quarterlyreturns.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.mail.Links;
import uk.quarterlyreturns.base.security.SignInAttempts;
import uk.quarterlyreturns.base.security.SingleSignOn;

/**
 * "Forgot your password?" for people who sign in with a password kept here: a link by email that works once, for
 * {@link #VALID}, to choose a new password. Whoever asks learns nothing: the answer is the same, and as slow,
 * whether the username or address matched anyone, and requests are throttled so that nobody's mailbox is flooded.
 * Refused when the council signs in with its own accounts only.
 */
@Service
public class ForgottenPasswords {

    public static final Duration VALID = Duration.ofMinutes(30);
    static final int LINKS_PER_PERSON_PER_HOUR = 3;
    public static final String EXPIRED = "This link has expired or has been used: ask for a new one";

    private static final Logger log = LoggerFactory.getLogger(ForgottenPasswords.class);

    private final PersonRepository people;
    private final StoredPasswords stored;
    private final ResetLinks links;
    private final AccountNotices notices;
    private final AccountHistory history;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    private final SingleSignOn singleSignOn;
    private final Links addresses;
    private final Clock clock;
    private final TransactionTemplate transaction;
    /** A council whose staff all reach the server through one proxy address may need more than the default. */
    private final int requestsPerAddressPerHour;
    /** No request is answered sooner, so that the time taken does not tell a known address from an unknown one. */
    private final Duration answerTime;

    ForgottenPasswords(PersonRepository people, StoredPasswords stored, ResetLinks links, AccountNotices notices,
            AccountHistory history, PasswordEncoder passwords, SignInAttempts attempts, SingleSignOn singleSignOn,
            Links addresses, Clock clock, PlatformTransactionManager transactions, QuarterlySettings settings) {
        this.people = people;
        this.stored = stored;
        this.links = links;
        this.notices = notices;
        this.history = history;
        this.passwords = passwords;
        this.attempts = attempts;
        this.singleSignOn = singleSignOn;
        this.addresses = addresses;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.requestsPerAddressPerHour = settings.passwords().resetRequestsPerAddress();
        this.answerTime = settings.passwords().resetAnswerTime();
    }

    /** Whether people may ask for a link at all: only while they sign in with passwords kept here. */
    public boolean offered() {
        return singleSignOn.localPasswords();
    }

    /** Sends a link to whoever the username or email address names, if anyone may have one; answers nothing. */
    public void request(String usernameOrEmail, String clientAddress) {
        refuseUnlessOffered();
        long started = System.nanoTime();
        try {
            transaction.executeWithoutResult(status -> send(Objects.requireNonNullElse(usernameOrEmail, "").strip(),
                    clientAddress));
        } catch (RuntimeException e) {
            // The same answer as any other: a failure must not tell whether the name matched.
            log.error("A password reset link could not be sent", e);
        }
        waitUntil(started + answerTime.toNanos());
    }

    /** The person an open link is for; empty when it is unknown, used, replaced or expired. */
    public Optional<String> whose(String token) {
        return offered() ? links.openFor(token, clock.instant(), false) : Optional.empty();
    }

    /**
     * Sets the new password under the password rule: the person's sessions end, the sign-in lock is cleared, the
     * link and any other open one end, and the person is told.
     */
    public void reset(String token, String next, String repeated) {
        refuseUnlessOffered();
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            String username = links.openFor(token, now, true).filter(u -> people.find(u).orElseThrow().enabled())
                    .orElseThrow(() -> new NotAllowedException(EXPIRED));
            Map<String, String> problems = new LinkedHashMap<>();
            PasswordRule.problem(next, username).ifPresent(p -> problems.put(UserRejectedException.PASSWORD, p));
            if (!Objects.equals(next, repeated)) {
                problems.put(UserRejectedException.REPEATED_PASSWORD, "The two passwords differ: type it again");
            }
            if (!problems.isEmpty()) {
                throw new UserRejectedException(problems);
            }
            stored.setPasswordHash(username, passwords.encode(next), username);
            links.use(token, now);
            links.endOpen(username, now);
            history.passwordReset(username, username, AccountWay.EMAILED_LINK);
            notices.passwordChanged(username, "with a link sent to your email address");
            // Someone locked out after wrong guesses signs in with the new password at once.
            attempts.succeeded(username);
            log.info("{} reset their password with an emailed link; their open sessions end", username);
        });
    }

    private void send(String typed, String clientAddress) {
        Instant now = clock.instant();
        long request = links.recordRequest(clientAddress, now);
        if (links.requestsFrom(clientAddress, now) > requestsPerAddressPerHour) {
            log.info("Password reset request from {} not answered: too many this hour", clientAddress);
            return;
        }
        Optional<Person> found = match(typed).filter(p -> p.enabled() && p.email() != null && !p.email().isBlank());
        if (found.isEmpty()) {
            return;
        }
        Person person = found.get();
        if (links.linksSentTo(person.username(), now) >= LINKS_PER_PERSON_PER_HOUR) {
            log.info("Password reset link for {} not sent: {} this hour already", person.username(),
                    LINKS_PER_PERSON_PER_HOUR);
            return;
        }
        String token = ResetLinks.newToken();
        links.endOpen(person.username(), now);
        links.attach(request, person.username(), token, now.plus(VALID));
        notices.resetLink(person, addresses.to("/reset-password/" + token));
        log.info("Password reset link sent to {}", person.username());
    }

    /** By username, or else by an email address that only one person has. */
    private Optional<Person> match(String typed) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> byUsername = people.find(typed.toLowerCase(Locale.ROOT));
        if (byUsername.isPresent() || !typed.contains("@")) {
            return byUsername;
        }
        List<Person> byEmail = people.findByEmail(typed);
        return byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
    }

    private void refuseUnlessOffered() {
        if (!offered()) {
            throw new NotAllowedException("Passwords are not used here: sign in with " + singleSignOn.label());
        }
    }

    private static void waitUntil(long nanos) {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left).toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
