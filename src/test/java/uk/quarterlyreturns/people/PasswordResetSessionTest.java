package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.container.RuntimeContainerDelegate;
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

    private static final AtomicInteger N = new AtomicInteger();
    private static final String PASSWORD = "a long enough password";
    private static final String NEW_PASSWORD = "quince meadow lantern";

    @Autowired UserAdministration admin;
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
        var container = RuntimeContainerDelegate.INSTANCE.get();
        if (container.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
            container.registerProcessEngine(engine);
        }
        // Cockpit takes user ids of letters and digits only.
        String username = user("resetadmin", EnumSet.of(Role.ADMIN));
        WebSession browser = new WebSession(url(""));
        assertThat(WebSession.succeeded(browser.signIn(username, PASSWORD))).isTrue();
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

        admin.resetPassword(username, NEW_PASSWORD, "admin");
        assertSentToSignIn(browser.get("/camunda/app/cockpit/default/"));
        assertSentToSignIn(browser.get("/admin/users"));
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private String user(String prefix, Set<Role> roles) {
        String username = prefix + N.incrementAndGet();
        admin.create(new UserFields(username, "Rex Reset", username + "@council.test", roles, null, null),
                PASSWORD, "admin");
        return username;
    }
}
