package uk.quarterlyreturns.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;

/** A browser signed in to Cockpit, as an administrator reaches it: the application's sign-in, then Cockpit's page. */
public final class Cockpit {

    private Cockpit() {
    }

    /**
     * Other tests start and stop whole applications in this JVM, and Camunda keeps its engines in static registries:
     * this application's engine is made the one the webapps find first.
     */
    public static WebSession signedIn(String baseUrl, ProcessEngine engine, String username) {
        var container = RuntimeContainerDelegate.INSTANCE.get();
        if (container.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
            container.registerProcessEngine(engine);
        }
        WebSession session = new WebSession(baseUrl);
        assertThat(WebSession.succeeded(session.signIn(username, "demo"))).isTrue();
        assertThat(session.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        return session;
    }

    /** What Cockpit's own pages send with a write: its XSRF token, JSON, and the page's origin (none when null). */
    public static Map<String, String> headers(WebSession session, String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        String token = session.cookie("XSRF-TOKEN");
        assertThat(token).as("Cockpit's XSRF token").isNotNull();
        headers.put("X-XSRF-TOKEN", token);
        headers.put("Content-Type", "application/json");
        if (origin != null) {
            headers.put("Origin", origin);
        }
        return headers;
    }
}
