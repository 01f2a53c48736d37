package uk.quarterlyreturns.people;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.SettingException;
import uk.quarterlyreturns.base.security.Role;

/**
 * A production database starts with nobody in it. Started once with QUARTERLY_FIRST_ADMIN_USERNAME,
 * _EMAIL and _PASSWORD, the application creates that administrator; once any administrator can sign in,
 * the settings are refused (and should be removed), so they cannot be used to take over an installation. Under the
 * prod profile a database with no enabled administrator does not start without them: nobody could administer it.
 */
@Service
public class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final PersonRepository people;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final EmailAddresses emails;
    private final String username;
    private final String email;
    private final String password;
    private final AccountHistory history;
    private final boolean production;

    FirstAdministrator(PersonRepository people, PasswordEncoder passwords, JdbcClient jdbc, EmailAddresses emails,
            AccountHistory history, Environment environment,
            @Value("${quarterly.first-admin.username:}") String username,
            @Value("${quarterly.first-admin.email:}") String email,
            @Value("${quarterly.first-admin.password:}") String password) {
        this.people = people;
        this.history = history;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.emails = emails;
        this.username = username;
        this.email = email;
        this.password = password;
        this.production = environment.matchesProfiles("prod");
    }

    /**
     * In one transaction, so that the lock create takes holds until the administrator is committed: a call from here
     * to create does not pass through its own @Transactional, and nodes starting at once each inserted them.
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            if (production && !anAdministratorExists()) {
                throw new SettingException("Nobody can administer Quarterly Returns: the database holds no enabled"
                        + " administrator. Set QUARTERLY_FIRST_ADMIN_USERNAME, QUARTERLY_FIRST_ADMIN_EMAIL and"
                        + " QUARTERLY_FIRST_ADMIN_PASSWORD to create the first one at this start");
            }
            return;
        }
        try {
            create(username, email, password);
            log.warn("First administrator {} created: remove the QUARTERLY_FIRST_ADMIN_* settings now", username);
        } catch (NotAllowedException e) {
            log.warn("First administrator not created: {}", e.getMessage());
        } catch (UserRejectedException e) {
            // No administrator exists, so a start that went on would leave nobody able to administer it.
            throw new SettingException("The first administrator cannot be created, so nobody could administer"
                    + " Quarterly Returns: " + e.problems().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(p -> "QUARTERLY_FIRST_ADMIN_" + p.getKey().toUpperCase(java.util.Locale.ROOT) + ": "
                            + p.getValue()).collect(java.util.stream.Collectors.joining("; ")));
        }
    }

    /** Creates the first administrator; refused once an enabled administrator exists. */
    @Transactional
    public Person create(String username, String email, String password) {
        people.lockRolesAndAccess(); // two nodes starting at once create one administrator
        if (anAdministratorExists()) {
            throw new NotAllowedException("An administrator exists already: the first-administrator setting is"
                    + " refused. Remove QUARTERLY_FIRST_ADMIN_USERNAME, _EMAIL and _PASSWORD");
        }
        UserFields admin = new UserFields(username, "Administrator", email, EnumSet.of(Role.ADMIN), null, null);
        Map<String, String> problems = new LinkedHashMap<>(UserRules.problems(admin, true));
        if (people.find(admin.username()).isPresent()) {
            problems.put(UserRejectedException.USERNAME, "There is already a user called " + admin.username());
        }
        PasswordRule.problem(password, admin.username())
                .ifPresent(p -> problems.put(UserRejectedException.PASSWORD, p));
        if (!problems.containsKey(UserRejectedException.EMAIL)) {
            emails.whyNot(admin).ifPresent(p -> problems.put(UserRejectedException.EMAIL, p));
        }
        if (!problems.isEmpty()) {
            throw new UserRejectedException(problems);
        }
        people.insert(new Person(admin.username(), admin.displayName(), admin.email(), admin.roles(), null, null,
                true, false, false), passwords.encode(password));
        history.created(admin.username(), "first-administrator setting", AccountWay.START_UP);
        return people.find(admin.username()).orElseThrow();
    }

    private boolean anAdministratorExists() {
        return jdbc.sql("""
                select exists (select 1 from user_role r join app_user u on u.username = r.username
                               where r.role = 'ADMIN' and u.enabled)""").query(Boolean.class).single();
    }
}
