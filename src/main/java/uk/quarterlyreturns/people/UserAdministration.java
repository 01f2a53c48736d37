package uk.quarterlyreturns.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.security.SignInAttempts;

/**
 * The administrator creates and changes users, resets passwords and disables or re-enables people. Users
 * are never deleted: the audit trail names them. An administrator keeps their own ADMIN role and access,
 * and at least one enabled administrator always remains ({@link Administrators}).
 */
@Service
public class UserAdministration {

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    private final PersonRepository people;
    private final StoredPasswords stored;
    private final UserChecks checks;
    private final Organisation organisation;
    private final Delegations delegations;
    private final PasswordEncoder passwords;
    private final Administrators administrators;
    private final SignInAttempts attempts;
    private final AccountHistory history;
    private final AccountNotices notices;
    private final Clock clock;
    private final DirectorateContinuations continuations;
    private final NewDirectors newDirectors;
    private final DeputiesFollowTheirDirector deputies;
    private final ApiAccounts apiAccounts;

    UserAdministration(PersonRepository people, StoredPasswords stored, UserChecks checks, Organisation organisation,
            Delegations delegations, PasswordEncoder passwords, Administrators administrators, SignInAttempts attempts,
            AccountHistory history, AccountNotices notices, Clock clock, DirectorateContinuations continuations,
            NewDirectors newDirectors, DeputiesFollowTheirDirector deputies, ApiAccounts apiAccounts) {
        this.people = people;
        this.stored = stored;
        this.checks = checks;
        this.organisation = organisation;
        this.delegations = delegations;
        this.passwords = passwords;
        this.administrators = administrators;
        this.attempts = attempts;
        this.history = history;
        this.notices = notices;
        this.clock = clock;
        this.continuations = continuations;
        this.newDirectors = newDirectors;
        this.deputies = deputies;
        this.apiAccounts = apiAccounts;
    }

    /** A person's account, not one for another system ({@link ApiAccounts}). */
    @Transactional
    public Person create(UserFields user, String password, String by) {
        return create(user, password, false, by);
    }

    /**
     * Creates the account with a password of the administrator's, or none (a random one nobody knows) where it may
     * not have one: a person's, with the council's accounts alone ({@link ApiAccounts}).
     */
    @Transactional
    public Person create(UserFields user, String password, boolean apiAccount, String by) {
        // Takes turns with other changes, so that two users created at once are not both given one address.
        administrators.takeTurn(by);
        if (password != null && !password.isEmpty()) {
            apiAccounts.requireMayHavePassword(apiAccount);
        }
        String given = apiAccounts.mayHavePassword(apiAccount) ? Objects.requireNonNullElse(password, "") : null;
        UserFields placed = checks.checkedNew(user, given);
        people.insert(new Person(placed.username(), placed.displayName(), placed.email(), placed.roles(),
                placed.serviceId(), placed.directorateId(), true, false, false),
                passwords.encode(given != null ? given : UUID.randomUUID().toString()));
        if (given != null) {
            stored.passwordSetForThem(placed.username());
        }
        people.changedBy(placed.username(), by);
        history.created(placed.username(), by, AccountWay.SCREEN);
        markApiAccount(placed.username(), apiAccount, by);
        newDirectors.since(null, placed.username());
        return people.find(placed.username()).orElseThrow();
    }

    /** Saves a user's name, email, roles and place; the username stays as it was. */
    @Transactional
    public Person update(UserFields user, String by) {
        return update(user, by, null);
    }

    /**
     * As {@link #update(UserFields, String)}, refused when the user is no longer as {@code shown} (null: not checked):
     * another administrator changed them since the screen read them, and saving would quietly undo that change.
     */
    @Transactional
    public Person update(UserFields user, String by, UserFields shown) {
        return update(user, by, shown, null);
    }

    /**
     * As {@link #update(UserFields, String, UserFields)}, also marking the account as another system's, or no longer
     * ({@link ApiAccounts}; null: left as it is).
     */
    @Transactional
    public Person update(UserFields user, String by, UserFields shown, Boolean apiAccount) {
        administrators.takeTurn(by);
        Person before = existing(user.username());
        UserFields placed = checks.checkedChange(before, user, by, shown);
        List<Long> unsent = notices.unsentFor(before);
        people.update(placed, by);
        history.changedSince(before, by, AccountWay.SCREEN);
        if (apiAccount != null) {
            markApiAccount(before.username(), apiAccount, by);
        }
        notices.emailChangedSince(before, unsent, by);
        newDirectors.since(before, before.username());
        deputies.since(before, by, AccountWay.SCREEN);
        administrators.requireOneLeft();
        return existing(user.username());
    }

    /**
     * What saving the change would take from the person (WorkTaken: a director leaving their service, a data officer
     * moved), in words for the question asked before it; nothing changes. A change the save would refuse is refused
     * here alike, before any question.
     */
    @Transactional
    public List<String> workTaken(UserFields user, String by, UserFields shown) {
        administrators.takeTurn(by);
        Person before = existing(user.username());
        return deputies.workTaken(Map.of(before.username(), before),
                List.of(checks.checkedChange(before, user, by, shown)));
    }

    @Transactional
    public void resetPassword(String username, String password, String by) {
        requireAdmin(by);
        existing(username);
        apiAccounts.requireMayHavePassword(apiAccounts.marked(username));
        PasswordRule.problem(password, username)
                .ifPresent(p -> UserChecks.reject(Map.of(UserRejectedException.PASSWORD, p)));
        stored.setPasswordHash(username, passwords.encode(password), by);
        log.info("Password of {} reset by {}; their open sessions end", username, by);
        history.passwordReset(username, by, AccountWay.SCREEN);
        notices.passwordReset(username, by);
        // Someone locked out after wrong guesses signs in with the new password at once.
        attempts.succeeded(username);
    }

    /** A disabled user cannot sign in; their name stays on everything they did. */
    @Transactional
    public void setEnabled(String username, boolean enabled, String by) {
        administrators.takeTurn(by);
        Person person = existing(username);
        if (!enabled && username.equals(by)) {
            throw new NotAllowedException("You cannot disable yourself: ask another administrator");
        }
        if (enabled && !person.enabled()) {
            checks.refuseASecondDirector(person);
        }
        people.setEnabled(username, enabled, by);
        history.changedSince(person, by, AccountWay.SCREEN);
        newDirectors.since(person, username);
        deputies.since(person, by, AccountWay.SCREEN);
        administrators.requireOneLeft();
    }

    /**
     * What disabling the person would take, in words for the confirmation: the deputies named for them as a service's
     * director and the covers named for or held by them as a strategic director, which end with them (with the claims
     * let go, as the question before a change of roles says), and the service whose returns only they may then sign
     * off today (no other director, no other deputy for the day). Empty when nothing would be.
     */
    public Optional<String> leftWithoutThem(String username) {
        Person person = existing(username);
        List<String> words = new ArrayList<>();
        deputies.endingIfDisabled(person).forEach(ends -> words.add(ends + "."));
        if (!DirectorLeft.directs(person)) {
            return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
        }
        long serviceId = person.serviceId();
        String service = organisation.findService(serviceId).map(s -> s.name()).orElse("their service");
        List<String> ending = delegations.namedFor(serviceId, username).stream().map(Delegation::deputy).toList();
        if (people.findByService(serviceId, Role.SERVICE_DIRECTOR).stream().allMatch(d -> d.username()
                .equals(username)) && delegations.activeDeputies(serviceId, LocalDate.now(clock)).stream()
                .allMatch(ending::contains)) {
            words.add(person.displayName() + " is the only one who may sign off " + service
                    + "'s returns: until you name its new director under Services and people, or a deputy under"
                    + " Deputies, nobody can sign off a return waiting for it.");
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /**
     * The directorates a strategic director may be placed in, as a save checks them: not one renamed in a restructure
     * since (its strategic directors moved to the one it continues as).
     */
    public List<Organisation.Directorate> placeableDirectorates() {
        return continuations.placeable();
    }

    /**
     * Marked (or no longer) as another system's account, in its history; nothing happens when it already is. Where a
     * person may have no password, unmarking replaces its password with one nobody knows: kept, marking it again would
     * quietly bring back a password the administrator may believe gone.
     */
    private void markApiAccount(String username, boolean apiAccount, String by) {
        if (apiAccounts.marked(username) != apiAccount) {
            apiAccounts.mark(username, apiAccount);
            people.changedBy(username, by);
            history.apiAccount(username, apiAccount, by, AccountWay.SCREEN);
            if (!apiAccounts.mayHavePassword(apiAccount)) {
                stored.setPasswordHash(username, passwords.encode(UUID.randomUUID().toString()), by);
                history.passwordRemoved(username, by, AccountWay.SCREEN);
            }
        }
    }

    private Person existing(String username) {
        return people.find(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
    }

    private void requireAdmin(String by) {
        if (!people.activeWith(by, Role.ADMIN)) {
            throw new NotAllowedException("Only an administrator may create or change users");
        }
    }
}
