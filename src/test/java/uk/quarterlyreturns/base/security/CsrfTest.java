package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.WebSession;

/**
 * The browser UI refuses a request forged by another site, which cannot know the session's token; the
 * API, signed in afresh by HTTP Basic on every call and holding no session, needs none.
 */
class CsrfTest extends ApplicationTest {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    @Test
    void aPostToTheUiWithoutTheTokenIsRefused() {
        WebSession perf = new WebSession(url(""));
        assertThat(WebSession.succeeded(perf.signIn("perf", "demo"))).isTrue();
        assertThat(perf.postForm("/framework", "year=2017-18").statusCode()).isEqualTo(403);
        assertThat(perf.postForm("/", "").statusCode()).isEqualTo(403);
    }

    @Test
    void theSignInFormWithoutTheTokenIsRefusedSoNoSiteCanSignABrowserInAsItsOwnUser() {
        WebSession victim = new WebSession(url(""));
        HttpResponse<String> forged = victim.postForm("/login", "username=perf&password=demo");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(victim.get("/framework").statusCode()).as("still signed out: sent to sign in").isEqualTo(302);
    }

    @Test
    void vaadinRefusesAUiMessageWithoutItsSecurityKey() {
        WebSession perf = new WebSession(url(""));
        assertThat(WebSession.succeeded(perf.signIn("perf", "demo"))).isTrue();
        Matcher key = SECURITY_KEY.matcher(perf.get("/?v-r=init&location=framework&query=").body());
        assertThat(key.find()).as("the UI's security key").isTrue();

        String forged = uidl(perf, "not-the-key");
        // Vaadin answers 200 with an error for the page and runs nothing (sync id -1).
        assertThat(forged).contains("appError").contains("\"syncId\":-1");
        assertThat(uidl(perf, key.group(1))).doesNotContain("appError").contains("\"syncId\":1");
    }

    @Test
    void theApiNeedsNoTokenBecauseItHasNoSession() {
        var response = new Api(url(""), "perf", "demo").putCsv("/api/years/1999-00/framework", "");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().get("Set-Cookie")).as("no session cookie").isNull();
    }

    private static String uidl(WebSession session, String securityKey) {
        HttpResponse<String> response = session.post("/?v-r=uidl&v-uiId=0", "application/json",
                "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
