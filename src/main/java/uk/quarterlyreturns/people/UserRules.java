package uk.quarterlyreturns.people;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.quarterlyreturns.base.security.Role;

/**
 * What makes a user's details whole, before anything is looked up: the fields themselves, and which roles
 * go together (docs/roles.md). A data officer never signs off, so is never also a director;
 * the administrator, performance team and chief executive are not placed in a service, as they check,
 * accept or approve what services send. The chief executive approves the report, so is neither in the
 * performance team, who compile it, nor an administrator, who can change its framework and feed its figures.
 */
public final class UserRules {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<Role> NOT_IN_A_SERVICE = EnumSet.of(Role.ADMIN, Role.PERFORMANCE_TEAM,
            Role.CHIEF_EXECUTIVE);

    private UserRules() {
    }

    /** Field (see {@link UserRejectedException}) to problem; empty when the details hang together. */
    public static Map<String, String> problems(UserFields user, boolean creating) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (creating && !USERNAME.matcher(user.username()).matches()) {
            problems.put(UserRejectedException.USERNAME,
                    "Use 2 to 100 lower-case letters, digits, dots, dashes or underscores");
        }
        if (user.displayName().isEmpty() || user.displayName().length() > 200) {
            problems.put(UserRejectedException.DISPLAY_NAME,
                    "Give the name people know them by (up to 200 characters)");
        }
        if (!EMAIL.matcher(user.email()).matches() || user.email().length() > 320) {
            problems.put(UserRejectedException.EMAIL, "Give an email address such as name@council.gov.uk:"
                    + " requests, reminders and escalations go there");
        }
        roleProblem(user).ifPresent(p -> problems.put(UserRejectedException.ROLES, p));
        placeProblems(user, problems);
        return problems;
    }

    /**
     * Someone disabled cannot sign in, so made the director of a service they do not direct now they would leave it
     * nobody to sign off its returns. A disabled director kept where they are is no new harm.
     */
    public static Optional<String> disabledDirectorProblem(Person before, UserFields after, String serviceName) {
        boolean newlyDirects = after.has(Role.SERVICE_DIRECTOR) && after.serviceId() != null
                && !(before.has(Role.SERVICE_DIRECTOR) && after.serviceId().equals(before.serviceId()));
        return !before.enabled() && newlyDirects ? Optional.of(before.displayName() + " is disabled and cannot sign"
                + " in, so as director of " + serviceName + " would leave nobody to sign off its returns: enable them"
                + " under Users first") : Optional.empty();
    }

    /** An administrator keeps their own administrator role, so there is always someone to give it back. */
    public static Optional<String> ownRoleProblem(UserFields user, String by) {
        return user.username().equals(by) && !user.has(Role.ADMIN)
                ? Optional.of("You cannot remove your own administrator role: ask another administrator")
                : Optional.empty();
    }

    private static Optional<String> roleProblem(UserFields user) {
        if (user.roles().isEmpty()) {
            return Optional.of("Choose at least one role");
        }
        return keptApart(user).or(() -> NOT_IN_A_SERVICE.stream()
                .filter(role -> user.has(role) && user.worksForAService()).findFirst()
                .map(role -> "A " + role.label().toLowerCase(Locale.ROOT) + " checks or approves what services"
                        + " send, so cannot also be a service's director or data officer"));
    }

    /**
     * Why a stored account's roles break the rules above, or empty. Accounts saved before a rule held may still hold
     * such roles: they take no step of a return or the report (sign-off, acceptance, approval) until an administrator
     * changes their roles, as the log says at each start.
     */
    public static Optional<String> rolesKeptApart(Person person) {
        UserFields user = UserFields.of(person);
        return user.roles().isEmpty() ? Optional.empty() : roleProblem(user).map(why -> "Your account holds roles"
                + " kept apart (" + why + "): an administrator must change your roles under Users first");
    }

    /** Why these roles may not be one person's: one would check or approve the other's work. */
    static Optional<String> keptApart(UserFields user) {
        if (user.has(Role.PERFORMANCE_TEAM) && user.has(Role.CHIEF_EXECUTIVE)) {
            return Optional.of("The performance team compiles the report and the chief executive approves it:"
                    + " one person cannot do both");
        }
        if (user.has(Role.ADMIN) && user.has(Role.CHIEF_EXECUTIVE)) {
            return Optional.of("An administrator can change the framework and feed figures into returns, and the"
                    + " chief executive approves the report made from them: one person cannot do both");
        }
        if (user.has(Role.DATA_OFFICER) && user.has(Role.SERVICE_DIRECTOR)) {
            return Optional.of("A data officer cannot sign off a return, so cannot also be a service director");
        }
        return Optional.empty();
    }

    private static void placeProblems(UserFields user, Map<String, String> problems) {
        if (user.worksForAService() && user.serviceId() == null) {
            problems.put(UserRejectedException.SERVICE, "A service director or data officer needs their service");
        }
        if (!user.worksForAService() && user.serviceId() != null) {
            problems.put(UserRejectedException.SERVICE,
                    "Only a service director or data officer belongs to a service: leave it empty");
        }
        if (user.has(Role.STRATEGIC_DIRECTOR) && user.directorateId() == null) {
            problems.put(UserRejectedException.DIRECTORATE,
                    "A strategic director needs their directorate: its escalations go to them");
        }
    }
}
