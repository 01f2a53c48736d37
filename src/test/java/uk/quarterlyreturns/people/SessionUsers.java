package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.support.WebSession;

/** People whose open sessions a test ends, and what an ended session's next request gets. */
final class SessionUsers {

    static final String PASSWORD = "a long enough password";
    private static final AtomicInteger N = new AtomicInteger();

    private SessionUsers() {
    }

    /**
     * A new enabled user with the roles, signing in with {@link #PASSWORD}: one of their own, chosen in place of
     * the one the administrator gave them, so that no screen leads them to choose one first.
     */
    static String create(UserAdministration admin, OwnPassword own, String prefix, Set<Role> roles) {
        String username = prefix + N.incrementAndGet();
        admin.create(new UserFields(username, "Sid Session", username + "@council.test", roles, null, null),
                "given " + PASSWORD, "admin");
        own.change(username, "given " + PASSWORD, PASSWORD, PASSWORD);
        return username;
    }

    /**
     * Signs a new administrator in to Cockpit in the browser, makes the change to them, and checks that their
     * session ended, in Cockpit and on the screens alike. Cockpit takes user ids of letters and digits only.
     */
    static void assertCockpitSessionEndsWhen(ProcessEngine engine, UserAdministration admin, OwnPassword own,
            WebSession browser, String prefix, Consumer<String> change) {
        var container = RuntimeContainerDelegate.INSTANCE.get();
        if (container.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
            container.registerProcessEngine(engine);
        }
        String username = create(admin, own, prefix, EnumSet.of(Role.ADMIN));
        assertThat(WebSession.succeeded(browser.signIn(username, PASSWORD))).isTrue();
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

        change.accept(username);
        assertSentToSignIn(browser.get("/camunda/app/cockpit/default/"));
        assertSentToSignIn(browser.get("/admin/users"));
    }

    static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
