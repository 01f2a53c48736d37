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
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.WebSession;
import uk.quarterlyreturns.base.security.Role;

/** Disabling someone, or changing their roles, ends the sessions they have open, at their very next request. */
class DisabledUserSessionTest extends ApplicationTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final String PASSWORD = "a long enough password";

    @Autowired UserAdministration admin;
    @Autowired ProcessEngine engine;

    @Test
    void aDisabledUsersOpenSessionNoLongerLoadsPages() {
        String username = user("session.reader", EnumSet.of(Role.READER));
        WebSession browser = new WebSession(url(""));
        assertThat(WebSession.succeeded(browser.signIn(username, PASSWORD))).isTrue();
        assertThat(browser.get("/reports").statusCode()).isEqualTo(200);

        admin.setEnabled(username, false, "admin");
        assertSentToSignIn(browser.get("/reports"));

        // The session is over, not just paused: enabling the user again does not bring it back.
        admin.setEnabled(username, true, "admin");
        assertSentToSignIn(browser.get("/reports"));
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, PASSWORD))).isTrue();
    }

    @Test
    void aDisabledAdministratorsCockpitSessionEnds() {
        var container = RuntimeContainerDelegate.INSTANCE.get();
        if (container.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
            container.registerProcessEngine(engine);
        }
        // Cockpit takes user ids of letters and digits only.
        String username = user("sessionadmin", EnumSet.of(Role.ADMIN));
        WebSession browser = new WebSession(url(""));
        assertThat(WebSession.succeeded(browser.signIn(username, PASSWORD))).isTrue();
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

        admin.setEnabled(username, false, "admin");
        assertSentToSignIn(browser.get("/camunda/app/cockpit/default/"));
        assertSentToSignIn(browser.get("/admin/users"));
    }

    @Test
    void aRoleTakenAwayEndsTheOpenSession() {
        String username = user("session.perf", EnumSet.of(Role.PERFORMANCE_TEAM));
        WebSession browser = new WebSession(url(""));
        assertThat(WebSession.succeeded(browser.signIn(username, PASSWORD))).isTrue();
        assertThat(browser.get("/reports/1/approval").statusCode()).isEqualTo(200);

        admin.update(new UserFields(username, "Sid Session", username + "@council.test", EnumSet.of(Role.READER),
                null, null), "admin");
        assertSentToSignIn(browser.get("/reports/1/approval"));

        // Signed in again, they have their new role, and may read the published reports.
        WebSession again = new WebSession(url(""));
        assertThat(WebSession.succeeded(again.signIn(username, PASSWORD))).isTrue();
        assertThat(again.get("/reports").statusCode()).isEqualTo(200);
    }

    @Test
    void aDemotedAdministratorsCockpitSessionEnds() {
        var container = RuntimeContainerDelegate.INSTANCE.get();
        if (container.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
            container.registerProcessEngine(engine);
        }
        String username = user("sessiondemoted", EnumSet.of(Role.ADMIN));
        WebSession browser = new WebSession(url(""));
        assertThat(WebSession.succeeded(browser.signIn(username, PASSWORD))).isTrue();
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

        admin.update(new UserFields(username, "Sid Session", username + "@council.test", EnumSet.of(Role.READER),
                null, null), "admin");
        assertSentToSignIn(browser.get("/camunda/app/cockpit/default/"));
    }

    @Test
    void aDisabledPerformanceOfficersSessionNoLongerReadsTheApiDescription() {
        String username = user("session.docs", EnumSet.of(Role.PERFORMANCE_TEAM));
        WebSession browser = new WebSession(url(""));
        assertThat(WebSession.succeeded(browser.signIn(username, PASSWORD))).isTrue();
        assertThat(browser.get("/v3/api-docs").statusCode()).isEqualTo(200);

        admin.setEnabled(username, false, "admin");
        assertSentToSignIn(browser.get("/v3/api-docs"));
        assertSentToSignIn(browser.get("/swagger-ui/index.html"));
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private String user(String prefix, Set<Role> roles) {
        String username = prefix + N.incrementAndGet();
        admin.create(new UserFields(username, "Sid Session", username + "@council.test", roles, null, null),
                PASSWORD, "admin");
        return username;
    }
}
