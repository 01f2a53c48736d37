package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.WebSession;

/** The headers every kind of response carries, checked over HTTP against the running server. */
class SecureHeadersTest extends ApplicationTest {

    @Test
    void theUiSendsAContentPolicyThatAllowsNoPluginsForeignFramesOrFormTargets() {
        HttpResponse<String> login = new WebSession(url("")).get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "base-uri 'self'",
                        "form-action 'self'"));
    }

    /** Behind a TLS-terminating proxy on this host the request is known as HTTPS, and HSTS is sent. */
    @Test
    void anHttpsRequestThroughTheTrustedProxyGetsHsts() {
        WebSession browser = new WebSession(url(""));
        HttpResponse<String> viaProxy = browser.send("GET", "/login", java.util.Map.of("X-Forwarded-Proto", "https"),
                null);
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000", "includeSubDomains"));
        assertThat(browser.get("/login").headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
    }

    @Test
    void theUiSendsThem() {
        WebSession anonymous = new WebSession(url(""));
        assertSecure("GET /login", anonymous.get("/login"));
        assertSecure("GET /framework signed out", anonymous.get("/framework"));
        WebSession perf = new WebSession(url(""));
        assertThat(WebSession.succeeded(perf.signIn("perf", "demo"))).isTrue();
        assertSecure("GET /framework", perf.get("/framework"));
    }

    @Test
    void theApiSendsThemAndKeepsEveryAnswerOutOfCaches() {
        Api perf = new Api(url(""), "perf", "demo");
        for (String path : new String[] {"/api/years/2017-18/framework", "/api/years/2017-18/quarters/1/measures",
                "/api/years/1999-00/framework"}) {
            var response = perf.get(path);
            assertSecure("GET " + path, response.getStatusCode().value(), asJavaHeaders(response.getHeaders()));
            assertThat(response.getHeaders().getCacheControl()).as(path).contains("no-store");
        }
        var refused = new Api(url(""), null, null).get("/api/years/2017-18/framework");
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertSecure("GET /api signed out", 401, asJavaHeaders(refused.getHeaders()));
        assertThat(refused.getHeaders().getCacheControl()).contains("no-store");
    }

    @Test
    void camundaAndTheEngineApiSendThem() {
        WebSession admin = new WebSession(url(""));
        assertThat(WebSession.succeeded(admin.signIn("admin", "demo"))).isTrue();
        HttpResponse<String> engines = admin.get("/camunda/api/engine/engine/");
        assertThat(engines.statusCode()).isEqualTo(200);
        assertSecure("GET /camunda/api/engine/engine/", engines);
        assertSecure("GET /camunda/app/ signed out", new WebSession(url("")).get("/camunda/app/welcome/default/"));
        var rest = new Api(url(""), "admin", "demo").get("/engine-rest/engine");
        assertThat(rest.getStatusCode().value()).isEqualTo(200);
        assertSecure("GET /engine-rest/engine", 200, asJavaHeaders(rest.getHeaders()));
    }

    private static void assertSecure(String what, HttpResponse<String> response) {
        assertSecure(what, response.statusCode(), response.headers());
    }

    private static void assertSecure(String what, int status, HttpHeaders headers) {
        String as = what + " (" + status + ")";
        assertThat(headers.allValues("X-Content-Type-Options")).as(as).containsExactly("nosniff");
        // One value only: a second, different X-Frame-Options makes browsers ignore both.
        assertThat(headers.allValues("X-Frame-Options")).as(as).containsExactly("SAMEORIGIN");
        assertThat(headers.allValues("Referrer-Policy")).as(as).containsExactly("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(as).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()", "microphone=()", "geolocation=()"));
    }

    private static HttpHeaders asJavaHeaders(org.springframework.http.HttpHeaders headers) {
        return HttpHeaders.of(headers, (name, value) -> true);
    }
}
