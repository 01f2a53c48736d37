package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.people.SessionUsers.assertSentToSignIn;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.WebSession;

/**
 * A password reset ends every session its person had open, at the next request: the account may be in someone
 * else's hands. A session signed in with the new password carries on.
 */
class PasswordResetSessionTest extends ApplicationTest {

    private static final String PASSWORD = SessionUsers.PASSWORD;
    private static final String NEW_PASSWORD = "quince meadow lantern";

    @Autowired UserAdministration admin;
    @Autowired OwnPassword own;
    @Autowired ProcessEngine engine;

    @Test
    void aResetEndsTheSessionsOpenBeforeItAndNotOnesSignedInAfter() {
        String username = user("reset.reader", EnumSet.of(Role.READER));
        WebSession before = new WebSession(url(""));
        WebSession alsoBefore = new WebSession(url(""));
        assertThat(WebSession.succeeded(before.signIn(username, PASSWORD))).isTrue();
        assertThat(WebSession.succeeded(alsoBefore.signIn(username, PASSWORD))).isTrue();
        assertThat(before.get("/reports").statusCode()).isEqualTo(200);

        admin.resetPassword(username, NEW_PASSWORD, "admin");
        assertSentToSignIn(before.get("/reports"));
        assertSentToSignIn(alsoBefore.get("/reports"));

        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, PASSWORD))).isFalse();
        WebSession after = new WebSession(url(""));
        assertThat(WebSession.succeeded(after.signIn(username, NEW_PASSWORD))).isTrue();
        assertThat(after.get("/reports").statusCode()).isEqualTo(200);
        assertThat(after.get("/reports").statusCode()).isEqualTo(200);
        // The ended session stays ended: it does not come back with the new password's sessions.
        assertSentToSignIn(before.get("/reports"));
    }

    @Test
    void aResetEndsAnAdministratorsCockpitSession() {
        SessionUsers.assertCockpitSessionEndsWhen(engine, admin, own, new WebSession(url("")), "resetadmin",
                username -> admin.resetPassword(username, NEW_PASSWORD, "admin"));
    }

    private String user(String prefix, Set<Role> roles) {
        return SessionUsers.create(admin, own, prefix, roles);
    }
}
