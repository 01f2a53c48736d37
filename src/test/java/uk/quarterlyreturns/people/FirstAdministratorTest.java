package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.SettingException;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.base.security.Role;

/** A production database gets its first administrator from a one-time setting, and no second one that way. */
class FirstAdministratorTest extends ApplicationTest {

    private static final String PASSWORD = "first admin password 2017";

    @Autowired FirstAdministrator first;
    @Autowired PeopleService people;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired PersonRepository personRepository;
    @Autowired PasswordEncoder passwords;
    @Autowired EmailAddresses emails;
    @Autowired AccountHistory history;

    /** With no administrator yet, settings that cannot make one stop the start in one line, never the password. */
    @Test
    void firstAdministratorSettingsThatCannotMakeOneStopTheStart() {
        withoutAnAdministrator(() -> {
            FirstAdministrator settings = settings(new StandardEnvironment(), "first.admin", "first-at-council.test",
                    "short pw");
            assertThatThrownBy(() -> settings.run(null)).isInstanceOf(SettingException.class)
                    .hasMessageStartingWith("The first administrator cannot be created, so nobody could administer"
                            + " Quarterly Returns: QUARTERLY_FIRST_ADMIN_EMAIL: ")
                    .hasMessageContaining("; QUARTERLY_FIRST_ADMIN_PASSWORD: Use at least")
                    .message().doesNotContain("short pw");
        });
        assertThat(people.find("first.admin")).isEmpty();
    }

    /**
     * A server (the prod profile) whose database has no administrator, started without the settings, would leave
     * nobody able to add users: its start stops in one line naming them. Without prod (a trial) it goes on.
     */
    @Test
    void aServerWithNobodyToAdministerItDoesNotStartWithoutTheSettings() {
        StandardEnvironment production = new StandardEnvironment();
        production.setActiveProfiles("prod");
        withoutAnAdministrator(() -> {
            assertThatThrownBy(() -> settings(production, "", "", "").run(null))
                    .isInstanceOf(SettingException.class)
                    .hasMessage("Nobody can administer Quarterly Returns: the database holds no enabled administrator."
                            + " Set QUARTERLY_FIRST_ADMIN_USERNAME, QUARTERLY_FIRST_ADMIN_EMAIL and"
                            + " QUARTERLY_FIRST_ADMIN_PASSWORD to create the first one at this start");
            settings(new StandardEnvironment(), "", "", "").run(null);
        });
        settings(production, "", "", "").run(null);
    }

    @Test
    void takingOverAnInstallationThatHasAnAdministratorIsRefused() {
        assertThatThrownBy(() -> first.create("takeover", "takeover@council.test", PASSWORD))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("An administrator exists already");
        assertThat(people.find("takeover")).isEmpty();
    }

    @Test
    void aDatabaseWithoutAnAdministratorGetsTheFirstOne() {
        withoutAnAdministrator(() -> {
            assertThatThrownBy(() -> first.create("first.admin", "first@council.test", "short"))
                    .isInstanceOf(UserRejectedException.class);
            // Single sign-on finds people by address: the chief executive's would sign them in as administrator.
            assertThatThrownBy(() -> first.create("first.admin", "CEO@demo.council.test", PASSWORD))
                    .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems())
                            .containsOnlyKeys(UserRejectedException.EMAIL).extractingByKey(UserRejectedException.EMAIL)
                            .asString().contains("already the email address of Helen Ashworth (ceo)"));
            Person created = first.create("first.admin", "first@council.test", PASSWORD);
            assertThat(created.roles()).containsExactly(Role.ADMIN);
            assertThat(created.enabled()).isTrue();
            assertThatThrownBy(() -> first.create("second.admin", "second@council.test", PASSWORD))
                    .isInstanceOf(NotAllowedException.class);
        });
        assertThat(people.find("first.admin")).isEmpty();
    }

    private FirstAdministrator settings(StandardEnvironment environment, String username, String email,
            String password) {
        return new FirstAdministrator(personRepository, passwords, jdbc, emails, history, environment, username,
                email, password);
    }

    /** As a new production database: no administrator who can sign in, for the time of the work (rolled back). */
    private void withoutAnAdministrator(Runnable work) {
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("update app_user set enabled = false where username in"
                    + " (select username from user_role where role = 'ADMIN')").update();
            work.run();
        });
    }
}
