package uk.quarterlyreturns.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.Organisation;

/**
 * A people file's rows read into the users they would save, each checked by the users screen's rules and against the
 * other rows (one row a person, one director a service, addresses kept apart): refused as a whole, naming every bad
 * row and column, when any is bad. Shared by the people file and the demo's older file (PeopleFileImport).
 */
@Component
class PeopleFileRows {

    /**
     * Where a file keeps each person's name and roles: the people file's columns, or the demo's older ones
     * (PeopleFileImport), read through the same rules.
     */
    record Columns(List<String> all, String name, String roles) {

        static final Columns PEOPLE_FILE = new Columns(PeopleFile.COLUMNS, "name", "roles");

        /** The file's column for a field of UserRejectedException. */
        String of(String field) {
            return Map.of(UserRejectedException.USERNAME, "username", UserRejectedException.DISPLAY_NAME, name,
                    UserRejectedException.EMAIL, "email", UserRejectedException.ROLES, roles,
                    UserRejectedException.SERVICE, "service", UserRejectedException.DIRECTORATE, "directorate")
                    .getOrDefault(field, field);
        }
    }

    private final PersonRepository people;
    private final Organisation organisation;
    private final Delegations delegations;
    private final EmailAddresses emails;
    private final DirectorateContinuations continuations;

    PeopleFileRows(PersonRepository people, Organisation organisation, Delegations delegations,
            EmailAddresses emails, DirectorateContinuations continuations) {
        this.people = people;
        this.organisation = organisation;
        this.delegations = delegations;
        this.emails = emails;
        this.continuations = continuations;
    }

    /**
     * The file's people, as they would be saved; refused, naming every bad row and column, when any is bad.
     *
     * @param onlyNew whether each row must be someone new (the demo's people, loaded into an empty database)
     */
    List<UserFields> checked(TabularFile file, String by, Columns columns, boolean onlyNew) {
        List<TabularRow> rows = file.rowsReading(columns.all());
        List<ImportError> errors = new ArrayList<>();
        columns.all().stream().filter(c -> !file.hasColumn(c))
                .forEach(c -> errors.add(new ImportError(1, c, "The column is missing")));
        reject(errors);
        List<UserFields> users = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Long, String> directorOf = new HashMap<>();
        Map<Long, Integer> directorRow = new HashMap<>();
        Map<Integer, UserFields> addressed = new java.util.LinkedHashMap<>();
        for (TabularRow row : rows) {
            UserFields user = parse(row, columns, errors);
            if (user == null) {
                continue;
            }
            if (!seen.add(user.username())) {
                // one row per person, so that nobody gathers roles that must stay apart from several rows
                errors.add(new ImportError(row.rowNumber(), "username", user.username() + " is on an earlier row:"
                        + " one row per person"));
            }
            Optional<Person> before = people.find(user.username());
            if (onlyNew && before.isPresent()) {
                errors.add(new ImportError(row.rowNumber(), "username", "There is already a user called "
                        + user.username()));
            }
            if (user.serviceId() == null && user.directorateId() != null && !user.directorateId().equals(
                    before.map(Person::directorateId).orElse(null))) {
                continuations.whyNotPlacedIn(user.directorateId())
                        .ifPresent(why -> errors.add(new ImportError(row.rowNumber(), "directorate", why)));
            }
            Map<String, String> problems = UserRules.problems(user, before.isEmpty());
            problems.forEach((field, problem) ->
                    errors.add(new ImportError(row.rowNumber(), columns.of(field), problem)));
            if (!problems.containsKey(UserRejectedException.EMAIL)) {
                addressed.put(row.rowNumber(), user);
            }
            before.flatMap(b -> delegations.whyNotStillADeputy(b, new Person(b.username(), b.displayName(),
                    user.email(), user.roles(), user.serviceId(), user.directorateId(), b.enabled(), b.demo(),
                    b.dailyDigest()))).ifPresent(why -> errors.add(new ImportError(row.rowNumber(), columns.roles(),
                    why)));
            before.flatMap(b -> UserRules.disabledDirectorProblem(b, user, serviceName(user)))
                    .ifPresent(why -> errors.add(new ImportError(row.rowNumber(), "service", why)));
            UserRules.ownRoleProblem(user, by).ifPresent(problem ->
                    errors.add(new ImportError(row.rowNumber(), columns.roles(), problem)));
            if (user.has(Role.SERVICE_DIRECTOR) && user.serviceId() != null) {
                String other = directorOf.putIfAbsent(user.serviceId(), user.username());
                directorRow.putIfAbsent(user.serviceId(), row.rowNumber());
                if (other != null) {
                    errors.add(new ImportError(row.rowNumber(), "service", "A service has one director: "
                            + other + " is its director on an earlier row"));
                }
            }
            users.add(user);
        }
        emails.whyNot(addressed).forEach((row, problem) -> errors.add(new ImportError(row, "email", problem)));
        directorOf.forEach((service, director) -> people.findByService(service, Role.SERVICE_DIRECTOR).stream()
                .filter(d -> !d.username().equals(director) && !seen.contains(d.username())).findFirst()
                .ifPresent(d -> errors.add(new ImportError(directorRow.get(service), "service", "The director of "
                        + organisation.findService(service).orElseThrow().name() + " is already " + d.displayName()
                        + ": move them in the same file, or under Services and people"))));
        reject(errors);
        return users;
    }

    private String serviceName(UserFields user) {
        return user.serviceId() == null ? "" : organisation.findService(user.serviceId()).orElseThrow().name();
    }

    private UserFields parse(TabularRow row, Columns columns, List<ImportError> errors) {
        int before = errors.size();
        // a formula or error value reads as empty: named on its own cell rather than taken as nothing written there
        errors.addAll(row.errorsIn(columns.all()));
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String word : row.get(columns.roles()).split(";")) {
            if (word.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(word.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new ImportError(row.rowNumber(), columns.roles(), "No role " + word.trim() + ": use "
                        + List.of(Role.values()) + ", separated by ;"));
            }
        }
        Long serviceId = null;
        Long directorateId = null;
        String service = row.get("service");
        String directorate = row.get("directorate");
        if (!service.isEmpty()) {
            var found = organisation.findService(service);
            if (found.isEmpty()) {
                errors.add(new ImportError(row.rowNumber(), "service", Organisation.noneCalled("service", service)));
            } else {
                serviceId = found.get().id();
                directorateId = found.get().directorateId();
                if (!directorate.isEmpty() && !directorate.equals(found.get().directorateName())) {
                    errors.add(new ImportError(row.rowNumber(), "directorate", service + " sits in "
                            + found.get().directorateName() + " this year"));
                }
            }
        } else if (!directorate.isEmpty()) {
            directorateId = organisation.findDirectorate(directorate).orElse(null);
            if (directorateId == null) {
                errors.add(new ImportError(row.rowNumber(), "directorate",
                        Organisation.noneCalled("directorate", directorate)));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new UserFields(row.get("username").toLowerCase(Locale.ROOT), row.get(columns.name()), row.get("email"),
                roles, serviceId, directorateId);
    }

    private static void reject(List<ImportError> errors) {
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
    }
}
