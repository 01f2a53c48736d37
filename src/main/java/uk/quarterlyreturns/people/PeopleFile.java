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
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.Organisation;

/**
 * The people file {@code username,name,email,roles,service,directorate} (roles separated by ";"): creates
 * the users it names and updates those that exist, all or nothing, with the same rules as the users screen
 * (the importing administrator keeps their own administrator role; at least one enabled administrator remains;
 * a deputy named for today or later is not given a role a deputy may not hold).
 * A new user's password is unusable until an administrator sets one.
 */
@Service
public class PeopleFile {

    public static final List<String> COLUMNS = List.of("username", "name", "email", "roles", "service", "directorate");

    /**
     * Where a file keeps each person's name and roles: the people file's columns, or the demo's older ones
     * (PeopleFileImport), read through the same rules.
     */
    record Columns(List<String> all, String name, String roles) {

        static final Columns PEOPLE_FILE = new Columns(COLUMNS, "name", "roles");

        /** The file's column for a field of UserRejectedException. */
        String of(String field) {
            return Map.of(UserRejectedException.USERNAME, "username", UserRejectedException.DISPLAY_NAME, name,
                    UserRejectedException.EMAIL, "email", UserRejectedException.ROLES, roles,
                    UserRejectedException.SERVICE, "service", UserRejectedException.DIRECTORATE, "directorate")
                    .getOrDefault(field, field);
        }
    }

    /** How many users the file created and updated. */
    public record Result(int created, int updated) {
    }

    private final PersonRepository people;
    private final Organisation organisation;
    private final PasswordEncoder passwords;
    private final Administrators administrators;
    private final Delegations delegations;
    private final EmailAddresses emails;
    private final AccountHistory history;
    private final AccountNotices notices;
    private final DirectorateContinuations continuations;
    private final NewDirectors newDirectors;
    private final DeputiesFollowTheirDirector deputies;

    PeopleFile(PersonRepository people, Organisation organisation, PasswordEncoder passwords,
            Administrators administrators, Delegations delegations, EmailAddresses emails, AccountHistory history,
            AccountNotices notices, DirectorateContinuations continuations, NewDirectors newDirectors,
            DeputiesFollowTheirDirector deputies) {
        this.deputies = deputies;
        this.newDirectors = newDirectors;
        this.continuations = continuations;
        this.history = history;
        this.notices = notices;
        this.delegations = delegations;
        this.emails = emails;
        this.people = people;
        this.organisation = organisation;
        this.passwords = passwords;
        this.administrators = administrators;
    }

    /** Imports the file, agreeing to whatever it takes from anyone (WorkTaken). */
    @Transactional
    public Result importFile(TabularFile file, String by) {
        return importFile(file, by, AccountWay.API, () -> { }, null);
    }

    /**
     * What importing the file would take from people who hold work now (WorkTaken), to ask about before importing it;
     * nothing changes. A file the import would refuse is refused here alike.
     */
    @Transactional
    public List<String> workTaken(TabularFile file, String by) {
        administrators.takeTurn(by);
        List<UserFields> users = checked(file, by, Columns.PEOPLE_FILE, false);
        return deputies.workTaken(current(users), users);
    }

    /**
     * @param way    the way in the people's account histories: the API, or the Users screen's file import
     * @param asRead refuses the file (by throwing) when the people it was written on have changed since; it runs once
     *               the import holds the lock every change to people takes, before anything is checked or changed
     * @param agreed what the importer agreed the file takes from people ({@link #workTaken}), or null for whatever it
     *               takes; when it takes anything else now, the file is refused with what it takes
     *               ({@link WorkNotAgreedException}) and nothing changes
     */
    @Transactional
    public Result importFile(TabularFile file, String by, AccountWay way, Runnable asRead, List<String> agreed) {
        administrators.takeTurn(by);
        asRead.run();
        List<UserFields> users = checked(file, by, Columns.PEOPLE_FILE, false);
        Map<String, Person> before = current(users);
        List<String> taken = deputies.workTaken(before, users);
        if (agreed != null && !agreed.equals(taken)) {
            throw new WorkNotAgreedException(taken);
        }
        int created = 0;
        String unusable = passwords.encode(UUID.randomUUID().toString());
        // each person's held digest mail is taken before any address changes: the file may swap two addresses
        Map<String, List<Long>> held = new HashMap<>();
        users.stream().filter(user -> before.containsKey(user.username())).forEach(user -> {
            Person p = before.get(user.username());
            held.put(p.username(), java.util.Objects.equals(p.email(), user.email()) ? List.of() : notices.heldFor(p));
        });
        for (UserFields user : users) {
            Person was = before.get(user.username());
            if (was != null) {
                people.update(user, by);
                history.changedSince(was, by, way);
                notices.emailChangedSince(was, held.get(user.username()), by);
            } else {
                people.insert(new Person(user.username(), user.displayName(), user.email(), user.roles(),
                        user.serviceId(), user.directorateId(), true, false, false), unusable);
                people.changedBy(user.username(), by);
                history.created(user.username(), by, way);
                created++;
            }
        }
        // once everyone is in place: the file may move a service's director out and name the new one in either order
        users.forEach(user -> newDirectors.since(before.get(user.username()), user.username()));
        before.values().forEach(was -> deputies.since(was, by, way));
        administrators.requireOneLeft();
        return new Result(created, users.size() - created);
    }

    /** The file's people as they are now, by username, read at once (those the file creates are absent). */
    private Map<String, Person> current(List<UserFields> users) {
        Map<String, Person> now = new HashMap<>();
        people.findAll(users.stream().map(UserFields::username).toList()).forEach(p -> now.put(p.username(), p));
        return now;
    }

    /**
     * The file's people, as they would be saved; refused, naming every bad row and column, when any is bad.
     *
     * @param onlyNew whether each row must be someone new (the demo's people, loaded into an empty database)
     */
    List<UserFields> checked(TabularFile file, String by, Columns columns, boolean onlyNew) {
        file.requireRows();
        List<ImportError> errors = new ArrayList<>();
        columns.all().stream().filter(c -> !file.hasColumn(c))
                .forEach(c -> errors.add(new ImportError(1, c, "The column is missing")));
        reject(errors);
        List<UserFields> users = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Long, String> directorOf = new HashMap<>();
        Map<Integer, UserFields> addressed = new java.util.LinkedHashMap<>();
        for (TabularRow row : file.rows()) {
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
                .ifPresent(d -> errors.add(new ImportError(1, "service", "The director of "
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
