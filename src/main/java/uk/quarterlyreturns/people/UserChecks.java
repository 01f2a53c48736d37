package uk.quarterlyreturns.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.Organisation;

/**
 * What a user created, changed or enabled again on the users screen is checked against before anything is saved:
 * every problem at once, by field ({@link UserRejectedException}).
 */
@Component
class UserChecks {

    private final PersonRepository people;
    private final Organisation organisation;
    private final Delegations delegations;
    private final EmailAddresses emails;
    private final DirectorateContinuations continuations;

    UserChecks(PersonRepository people, Organisation organisation, Delegations delegations, EmailAddresses emails,
            DirectorateContinuations continuations) {
        this.people = people;
        this.organisation = organisation;
        this.delegations = delegations;
        this.emails = emails;
        this.continuations = continuations;
    }

    /** A new user as they would be saved, placed in their service's directorate, once nothing of them is refused. */
    UserFields checkedNew(UserFields user, String password) {
        UserFields placed = placed(user);
        Map<String, String> problems = new LinkedHashMap<>(UserRules.problems(placed, true));
        if (!problems.containsKey(UserRejectedException.USERNAME) && people.find(placed.username()).isPresent()) {
            problems.put(UserRejectedException.USERNAME, "There is already a user called " + placed.username());
        }
        if (password != null) { // null: the account is given none (ApiAccounts)
            PasswordRule.problem(password, placed.username())
                    .ifPresent(p -> problems.put(UserRejectedException.PASSWORD, p));
        }
        checkEmail(placed, problems);
        checkPlace(placed, problems);
        checkDirectorate(placed, problems);
        reject(problems);
        return placed;
    }

    /** The change as it would be saved, once it is known to be one the save takes. */
    UserFields checkedChange(Person before, UserFields user, String by, UserFields shown) {
        if (shown != null && !shown.equals(UserFields.of(before))) {
            throw new IllegalStateException(before.displayName() + " was changed by someone else after this page"
                    + " showed them, so your change was not saved (it would have undone theirs). Cancel, open them"
                    + " again, and make your change there");
        }
        UserFields placed = placed(user);
        Map<String, String> problems = new LinkedHashMap<>(UserRules.problems(placed, false));
        UserRules.ownRoleProblem(placed, by).ifPresent(p -> problems.put(UserRejectedException.ROLES, p));
        Person after = new Person(before.username(), before.displayName(), placed.email(), placed.roles(),
                placed.serviceId(), placed.directorateId(), true, before.demo(), before.dailyDigest());
        delegations.whyNotStillADeputy(before, after)
                .ifPresent(why -> problems.put(UserRejectedException.ROLES, why));
        if (placed.serviceId() != null) {
            UserRules.disabledDirectorProblem(before, placed, organisation.findService(placed.serviceId())
                    .map(s -> s.name()).orElse("the service"))
                    .ifPresent(why -> problems.put(UserRejectedException.SERVICE, why));
        }
        checkEmail(placed, problems);
        checkPlace(placed, problems);
        if (!Objects.equals(placed.directorateId(), before.directorateId())) {
            checkDirectorate(placed, problems);
        }
        reject(problems);
        return placed;
    }

    /** A service decides the directorate: the one that owns it. */
    private UserFields placed(UserFields user) {
        if (user.serviceId() == null) {
            return user;
        }
        return organisation.findService(user.serviceId())
                .map(s -> new UserFields(user.username(), user.displayName(), user.email(), user.roles(), s.id(),
                        s.directorateId()))
                .orElseThrow(() -> UserRejectedException.of(UserRejectedException.SERVICE, "No such service"));
    }

    private void checkEmail(UserFields user, Map<String, String> problems) {
        if (!problems.containsKey(UserRejectedException.EMAIL)) {
            emails.whyNot(user).ifPresent(p -> problems.put(UserRejectedException.EMAIL, p));
        }
    }

    /** Not a directorate renamed since: its strategic directors moved to the one it continues as. */
    private void checkDirectorate(UserFields user, Map<String, String> problems) {
        if (user.serviceId() == null && user.directorateId() != null) {
            continuations.whyNotPlacedIn(user.directorateId())
                    .ifPresent(why -> problems.put(UserRejectedException.DIRECTORATE, why));
        }
    }

    /** A service has one director: another is named on the services screen, where the old one is released. */
    private void checkPlace(UserFields user, Map<String, String> problems) {
        if (!user.has(Role.SERVICE_DIRECTOR) || user.serviceId() == null) {
            return;
        }
        people.findByService(user.serviceId(), Role.SERVICE_DIRECTOR).stream()
                .filter(d -> !d.username().equals(user.username())).findFirst()
                .ifPresent(d -> problems.put(UserRejectedException.SERVICE, "The service's director is already "
                        + d.displayName() + ": name a new director under Services and people"));
    }

    /**
     * A director disabled and then replaced is still placed in their old service: enabled again as they are, the
     * service would have two directors, both offered its sign-off.
     */
    void refuseASecondDirector(Person person) {
        if (!person.has(Role.SERVICE_DIRECTOR) || person.serviceId() == null) {
            return;
        }
        people.findByService(person.serviceId(), Role.SERVICE_DIRECTOR).stream()
                .filter(d -> !d.username().equals(person.username())).findFirst()
                .ifPresent(d -> {
                    throw new IllegalArgumentException(person.displayName() + " cannot be enabled as the director of "
                            + organisation.findService(person.serviceId()).map(s -> s.name()).orElse("their service")
                            + ": its director is now " + d.displayName() + ". Change " + person.displayName()
                            + "'s roles or service first, then enable them");
                });
    }

    static void reject(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new UserRejectedException(problems);
        }
    }
}
