package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.WebSession;

/** An administrator signed in to the application opens Cockpit and Tasklist without a second sign-in. */
class CamundaWebappSignOnTest extends ApplicationTest {

    @Test
    void anAdministratorReachesCockpitWithTheSameSignIn() {
        WebSession admin = new WebSession(url(""));
        assertThat(WebSession.succeeded(admin.signIn("admin", "demo"))).isTrue();
        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).as(cockpit.headers().firstValue("Location").orElse("")).isEqualTo(200);
        HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"");
        // Still signed in to the application itself afterwards.
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void otherRolesAreRefused() {
        WebSession perf = new WebSession(url(""));
        assertThat(WebSession.succeeded(perf.signIn("perf", "demo"))).isTrue();
        assertThat(perf.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
    }
}
