package uk.quarterlyreturns.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.base.security.Role;

/**
 * Creates users from a file with {@code username,display_name,email,role,directorate,service}; all or
 * nothing. Everyone in one file gets the same initial password (one hash: BCrypt is slow on purpose).
 */
@Service
public class PeopleFileImport {

    public static final List<String> COLUMNS = List.of("username", "display_name", "email", "role", "directorate",
            "service");

    private final PersonRepository people;
    private final Organisation organisation;
    private final PasswordEncoder passwords;
    private final EmailAddresses emails;
    private final AccountHistory history;
    private final NewDirectors newDirectors;

    PeopleFileImport(PersonRepository people, Organisation organisation, PasswordEncoder passwords,
            EmailAddresses emails, AccountHistory history, NewDirectors newDirectors) {
        this.newDirectors = newDirectors;
        this.history = history;
        this.people = people;
        this.emails = emails;
        this.organisation = organisation;
        this.passwords = passwords;
    }

    @Transactional
    public int importFile(TabularFile file, String initialPassword, boolean demo) {
        List<ImportError> errors = new ArrayList<>();
        COLUMNS.stream().filter(c -> !file.hasColumn(c))
                .forEach(c -> errors.add(new ImportError(1, c, "The column is missing")));
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<Person> persons = new ArrayList<>();
        java.util.Map<Integer, UserFields> addressed = new java.util.LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TabularRow row : file.rows()) {
            // One row per person, so that nobody gathers roles that must stay apart (performance team and
            // chief executive) from several rows.
            if (!seen.add(row.get("username").toLowerCase(Locale.ROOT))) {
                errors.add(new ImportError(row.rowNumber(), "username", "This user is already on an earlier row:"
                        + " one row per person"));
                continue;
            }
            parse(row, demo, errors).ifPresent(p -> {
                persons.add(p);
                addressed.put(row.rowNumber(), UserFields.of(p));
            });
        }
        emails.whyNot(addressed).forEach((row, problem) -> errors.add(new ImportError(row, "email", problem)));
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        String hash = passwords.encode(initialPassword);
        persons.forEach(p -> {
            people.insert(p, hash);
            history.created(p.username(), demo ? "demo data" : "people file", AccountWay.FILE_IMPORT);
            newDirectors.since(null, p.username());
        });
        return persons.size();
    }

    private java.util.Optional<Person> parse(TabularRow row, boolean demo, List<ImportError> errors) {
        int before = errors.size();
        String username = row.get("username").toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._-]{2,100}")) {
            errors.add(new ImportError(row.rowNumber(), "username",
                    "Use 2 to 100 lower-case letters, digits, dots, dashes or underscores"));
        } else if (people.find(username).isPresent()) {
            errors.add(new ImportError(row.rowNumber(), "username", "There is already a user called " + username));
        }
        Role role = null;
        try {
            role = Role.valueOf(row.get("role").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new ImportError(row.rowNumber(), "role", "Use one of " + List.of(Role.values())));
        }
        Long directorateId = null;
        Long serviceId = null;
        if (!row.get("service").isEmpty()) {
            var service = organisation.findService(row.get("service"));
            if (service.isEmpty()) {
                errors.add(new ImportError(row.rowNumber(), "service", "No service called " + row.get("service")));
            } else {
                serviceId = service.get().id();
                directorateId = service.get().directorateId();
            }
        } else if (!row.get("directorate").isEmpty()) {
            directorateId = organisation.findDirectorate(row.get("directorate")).orElse(null);
            if (directorateId == null) {
                errors.add(new ImportError(row.rowNumber(), "directorate",
                        "No directorate called " + row.get("directorate")));
            }
        }
        if (role != null && (role == Role.SERVICE_DIRECTOR || role == Role.DATA_OFFICER) && serviceId == null) {
            errors.add(new ImportError(row.rowNumber(), "service", "A " + role.label().toLowerCase(Locale.ROOT)
                    + " needs a service"));
        }
        if (role == Role.STRATEGIC_DIRECTOR && directorateId == null) {
            errors.add(new ImportError(row.rowNumber(), "directorate", "A strategic director needs a directorate"));
        }
        if (errors.size() > before) {
            return java.util.Optional.empty();
        }
        String name = row.get("display_name").isEmpty() ? username : row.get("display_name");
        String email = row.get("email").isEmpty() ? null : row.get("email");
        return java.util.Optional.of(new Person(username, name, email, EnumSet.of(role), serviceId, directorateId, true,
                demo, false));
    }
}
