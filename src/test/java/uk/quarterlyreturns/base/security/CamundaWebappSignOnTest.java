package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.WebSession;

/** An administrator signed in to the application opens Cockpit and Tasklist without a second sign-in. */
class CamundaWebappSignOnTest extends ApplicationTest {

    @Autowired
    ProcessEngine engine;

    /**
     * Other tests start and stop whole applications in this JVM, and Camunda keeps its engines in static
     * registries: make sure this application's engine is the one the webapps find (one per JVM in production).
     */
    @BeforeEach
    void engineRegistered() {
        var container = RuntimeContainerDelegate.INSTANCE.get();
        if (container.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
            container.registerProcessEngine(engine);
        }
    }

    @Test
    void anAdministratorReachesCockpitWithTheSameSignIn() {
        WebSession admin = new WebSession(url(""));
        assertThat(WebSession.succeeded(admin.signIn("admin", "demo"))).isTrue();
        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).as(cockpit.headers().firstValue("Location").orElse("")).isEqualTo(200);
        HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"");
        // The webapps greet the person by name (not "null null").
        HttpResponse<String> profile = admin.get("/camunda/api/engine/engine/default/user/admin/profile");
        assertThat(profile.body()).contains("\"firstName\":\"System\"", "\"lastName\":\"Administrator\"",
                "\"email\":\"admin@demo.council.test\"");
        // Still signed in to the application itself afterwards.
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void otherRolesAreRefused() {
        WebSession perf = new WebSession(url(""));
        assertThat(WebSession.succeeded(perf.signIn("perf", "demo"))).isTrue();
        HttpResponse<String> refused = perf.getPage("/camunda/app/cockpit/default/");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You may not open this page").doesNotContain("Whitelabel");
    }
}
