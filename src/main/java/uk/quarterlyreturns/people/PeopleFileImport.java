package uk.quarterlyreturns.people;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.tabular.TabularFile;

/**
 * Creates the demo's users from its file {@code username,display_name,email,role,directorate,service} (one role a
 * row), all or nothing, through the people file's rules (PeopleFileRows: roles kept apart, one director a service, who
 * belongs to a service or a directorate, addresses kept apart), every row someone new. Everyone in one file gets the
 * same initial password (one hash: BCrypt is slow on purpose).
 */
@Service
public class PeopleFileImport {

    public static final List<String> COLUMNS = List.of("username", "display_name", "email", "role", "directorate",
            "service");
    private static final PeopleFileRows.Columns DEMO = new PeopleFileRows.Columns(COLUMNS, "display_name", "role");

    private final PersonRepository people;
    private final PeopleFileRows rows;
    private final PasswordEncoder passwords;
    private final AccountHistory history;
    private final NewDirectors newDirectors;

    PeopleFileImport(PersonRepository people, PeopleFileRows rows, PasswordEncoder passwords,
            AccountHistory history, NewDirectors newDirectors) {
        this.people = people;
        this.rows = rows;
        this.passwords = passwords;
        this.history = history;
        this.newDirectors = newDirectors;
    }

    @Transactional
    public int importFile(TabularFile file, String initialPassword, boolean demo) {
        String by = demo ? "demo data" : "people file";
        people.lockRolesAndAccess(); // takes turns with other changes to people
        List<UserFields> users = rows.checked(file, by, DEMO, true);
        String hash = passwords.encode(initialPassword);
        users.forEach(u -> {
            people.insert(new Person(u.username(), u.displayName(), u.email(), u.roles(), u.serviceId(),
                    u.directorateId(), true, demo, false), hash);
            history.created(u.username(), by, AccountWay.FILE_IMPORT);
        });
        // once everyone is in place, as the people file does
        users.forEach(u -> newDirectors.since(null, u.username()));
        return users.size();
    }
}
