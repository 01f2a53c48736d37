package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.people.SessionUsers.assertSentToSignIn;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.WebSession;
import uk.quarterlyreturns.base.security.Role;

/** Disabling someone, or changing their roles, ends the sessions they have open, at their very next request. */
class DisabledUserSessionTest extends ApplicationTest {

    private static final String PASSWORD = SessionUsers.PASSWORD;

    @Autowired UserAdministration admin;
    @Autowired OwnPassword own;
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
        SessionUsers.assertCockpitSessionEndsWhen(engine, admin, own, new WebSession(url("")), "sessionadmin",
                username -> admin.setEnabled(username, false, "admin"));
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
        SessionUsers.assertCockpitSessionEndsWhen(engine, admin, own, new WebSession(url("")), "sessiondemoted",
                username -> admin.update(new UserFields(username, "Sid Session", username + "@council.test",
                        EnumSet.of(Role.READER), null, null), "admin"));
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

    private String user(String prefix, Set<Role> roles) {
        return SessionUsers.create(admin, own, prefix, roles);
    }
}
