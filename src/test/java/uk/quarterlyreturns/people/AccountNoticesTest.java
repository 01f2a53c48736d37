package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * People are told by email when their password is reset or changed, and when their email address changes (at
 * the old address and the new), whichever way in made the change; never with the password in the mail.
 */
class AccountNoticesTest extends ApplicationTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final String PASSWORD = "a long enough password";
    private static final String NEW_PASSWORD = "walnut harbour evening";
    private static final String CONTACT = "performance@quarterly-returns.local";

    @Autowired UserAdministration admin;
    @Autowired OwnPassword own;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void anAdministratorsResetIsToldToThePersonWithoutThePassword() throws Exception {
        String username = reader();
        admin.resetPassword(username, NEW_PASSWORD, "admin");

        String body = TestMailServer.body(TestMailServer.awaitReceived(address(username), "password was reset"));
        assertThat(body).contains("System Administrator reset the password of your Quarterly Returns account")
                .contains("Username: " + username).contains("If you did not expect this, tell " + CONTACT)
                .contains(url("/login")).doesNotContain(NEW_PASSWORD);
        assertThat(kinds(address(username))).containsExactly("ACCOUNT_PASSWORD_RESET");
    }

    @Test
    void anOwnChangeIsToldWithoutThePassword() throws Exception {
        String username = reader();
        own.change(username, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        String body = TestMailServer.body(TestMailServer.awaitReceived(address(username), "password was changed"));
        assertThat(body).contains("under My settings").contains("If you did not change it, tell " + CONTACT)
                .doesNotContain(NEW_PASSWORD).doesNotContain(PASSWORD);
    }

    @Test
    void anAddressChangedOnTheUsersScreenIsToldToTheOldAndTheNewAddress() throws Exception {
        String username = reader();
        String old = address(username);
        String changed = username + "@elsewhere.test";
        admin.update(new UserFields(username, "Noel Notice", changed, EnumSet.of(Role.READER), null, null), "admin");

        for (String to : List.of(old, changed)) {
            assertThat(TestMailServer.body(TestMailServer.awaitReceived(to, "email address was changed")))
                    .contains("Old address: " + old)
                    .contains("New address: " + changed).contains("System Administrator changed the email address");
        }
        // Other changes leave the address alone and tell nobody.
        admin.update(new UserFields(username, "Noel Notice", changed, EnumSet.of(Role.READER, Role.PERFORMANCE_TEAM),
                null, null), "admin");
        assertThat(kinds(changed)).containsExactly("ACCOUNT_EMAIL_CHANGED");
    }

    @Test
    void anAddressChangedByThePeopleFileThroughTheApiIsToldToBoth() throws Exception {
        String username = reader();
        String old = address(username);
        String changed = username + "@moved.test";
        var answer = new Api(url(""), "admin", "demo").putCsvAfterReading("/api/people", "username,name,email,roles,"
                + "service,directorate\n" + username + ",Noel Notice," + changed + ",READER,,\n");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);

        for (String to : List.of(old, changed)) {
            assertThat(TestMailServer.body(TestMailServer.awaitReceived(to, "email address was changed")))
                    .contains("Old address: " + old)
                    .contains("New address: " + changed);
        }
    }

    @Test
    void aChangeRolledBackTellsNobody() {
        String username = reader();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            admin.resetPassword(username, NEW_PASSWORD, "admin");
            status.setRollbackOnly();
        });
        assertThat(kinds(address(username))).isEmpty();
    }

    @Test
    void aDisabledPersonIsToldNothing() {
        String username = reader();
        admin.setEnabled(username, false, "admin");
        admin.resetPassword(username, NEW_PASSWORD, "admin");
        admin.update(new UserFields(username, "Noel Notice", username + "@gone.test", EnumSet.of(Role.READER), null,
                null), "admin");
        assertThat(kinds(address(username))).isEmpty();
        assertThat(kinds(username + "@gone.test")).isEmpty();
    }

    private String reader() {
        String username = "notice" + N.incrementAndGet() + "." + System.nanoTime();
        admin.create(new UserFields(username, "Noel Notice", address(username), EnumSet.of(Role.READER), null, null),
                PASSWORD, "admin");
        return username;
    }

    private static String address(String username) {
        return username + "@council.test";
    }

    private List<String> kinds(String recipient) {
        return jdbc.sql("select kind from outbox_message where recipient = :r order by id").param("r", recipient)
                .query(String.class).list();
    }

}
