package uk.quarterlyreturns.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;

/**
 * Writes a person's account changes to their history, in the caller's transaction so that no change goes
 * unrecorded. Each is read back from the database as saved, and described in words; a password never is.
 */
@Component
public class AccountHistory {

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final Organisation organisation;
    private final Clock clock;

    AccountHistory(JdbcClient jdbc, PersonRepository people, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The person just created, with the roles and place they were given. */
    public void created(String username, String by, AccountWay way) {
        Person person = saved(username);
        String place = place(person);
        record(username, AccountChange.CREATED, null, roles(person) + (place == null ? "" : " in " + place), by, way);
    }

    /** Whatever differs between the person before the change and as saved now, one event per difference. */
    public void changedSince(Person before, String by, AccountWay way) {
        Person after = saved(before.username());
        differs(after, AccountChange.NAME, before.displayName(), after.displayName(), by, way);
        differs(after, AccountChange.EMAIL, email(before), email(after), by, way);
        differs(after, AccountChange.ROLES, roles(before), roles(after), by, way);
        differs(after, AccountChange.PLACE, Objects.requireNonNullElse(place(before), "none"),
                Objects.requireNonNullElse(place(after), "none"), by, way);
        if (before.enabled() != after.enabled()) {
            record(after.username(), after.enabled() ? AccountChange.ENABLED : AccountChange.DISABLED, null, null, by,
                    way);
        }
    }

    /** Marked as another system's account ({@link ApiAccounts}), or no longer. */
    public void apiAccount(String username, boolean apiAccount, String by, AccountWay way) {
        record(username, apiAccount ? AccountChange.API_ACCOUNT : AccountChange.PERSON_ACCOUNT, null, null, by, way);
    }

    /** Its password replaced by one nobody knows: no longer another system's, with no password for people. */
    public void passwordRemoved(String username, String by, AccountWay way) {
        record(username, AccountChange.PASSWORD_REMOVED, null, null, by, way);
    }

    public void passwordReset(String username, String by, AccountWay way) {
        record(username, AccountChange.PASSWORD_RESET, null, null, by, way);
    }

    /** The person changed their own password, proving the current one first. */
    public void passwordChanged(String username) {
        record(username, AccountChange.PASSWORD_CHANGED, null, null, username, AccountWay.SCREEN);
    }

    private void differs(Person person, AccountChange kind, String from, String to, String by, AccountWay way) {
        if (!from.equals(to)) {
            record(person.username(), kind, from, to, by, way);
        }
    }

    private void record(String username, AccountChange kind, String from, String to, String by, AccountWay way) {
        jdbc.sql("""
                insert into account_event (username, kind, from_value, to_value, changed_by, changed_at, way)
                values (:u, :k, :from, :to, :by, :at, :way)""")
                .param("u", username).param("k", kind.name()).param("from", from).param("to", to).param("by", by)
                .param("at", Timestamp.from(clock.instant())).param("way", way.name()).update();
    }

    private Person saved(String username) {
        return people.find(username).orElseThrow(() -> new IllegalStateException("No user " + username));
    }

    private static String roles(Person person) {
        return person.roles().isEmpty() ? "no role"
                : person.roles().stream().map(Role::label).collect(Collectors.joining(", "));
    }

    private static String email(Person person) {
        return person.email() == null || person.email().isBlank() ? "none" : person.email();
    }

    private String place(Person person) {
        if (person.serviceId() != null) {
            return organisation.findService(person.serviceId()).map(Organisation.ServiceUnit::name).orElse(null);
        }
        if (person.directorateId() != null) {
            return organisation.directorates().stream().filter(d -> d.id() == person.directorateId())
                    .map(Organisation.Directorate::name).findFirst().orElse(null);
        }
        return null;
    }
}
