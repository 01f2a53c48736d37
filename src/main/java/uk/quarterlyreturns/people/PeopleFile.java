package uk.quarterlyreturns.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.tabular.TabularFile;

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

    /** How many users the file created and updated. */
    public record Result(int created, int updated) {
    }

    private final PersonRepository people;
    private final PeopleFileRows rows;
    private final PasswordEncoder passwords;
    private final Administrators administrators;
    private final AccountHistory history;
    private final AccountNotices notices;
    private final NewDirectors newDirectors;
    private final DeputiesFollowTheirDirector deputies;

    PeopleFile(PersonRepository people, PeopleFileRows rows, PasswordEncoder passwords,
            Administrators administrators, AccountHistory history, AccountNotices notices, NewDirectors newDirectors,
            DeputiesFollowTheirDirector deputies) {
        this.people = people;
        this.rows = rows;
        this.passwords = passwords;
        this.administrators = administrators;
        this.history = history;
        this.notices = notices;
        this.newDirectors = newDirectors;
        this.deputies = deputies;
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
        List<UserFields> users = rows.checked(file, by, PeopleFileRows.Columns.PEOPLE_FILE, false);
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
        List<UserFields> users = rows.checked(file, by, PeopleFileRows.Columns.PEOPLE_FILE, false);
        Map<String, Person> before = current(users);
        List<String> taken = deputies.workTaken(before, users);
        if (agreed != null && !agreed.equals(taken)) {
            throw new WorkNotAgreedException(taken);
        }
        int created = 0;
        String unusable = passwords.encode(UUID.randomUUID().toString());
        // each person's mail not sent yet is taken before any address changes: the file may swap two addresses
        Map<String, List<Long>> unsent = new HashMap<>();
        users.stream().filter(user -> before.containsKey(user.username())).forEach(user -> {
            Person p = before.get(user.username());
            unsent.put(p.username(), java.util.Objects.equals(p.email(), user.email()) ? List.of()
                    : notices.unsentFor(p));
        });
        for (UserFields user : users) {
            Person was = before.get(user.username());
            if (was != null) {
                people.update(user, by);
                history.changedSince(was, by, way);
                notices.emailChangedSince(was, unsent.get(user.username()), by);
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
}
