package uk.quarterlyreturns.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A tab left open on an unattended screen does not keep its sign-in for ever: heartbeats do not count as use, and
 * when Vaadin ends the idle session the HTTP session, and the sign-in kept in it, end with it.
 */
class IdleSessionTest extends ViewTest {

    @Test
    void heartbeatsDoNotKeepASessionAlive() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    @Test
    void aSessionVaadinEndsTakesTheSignInWithIt() {
        signIn("perf");
        FakeHttpSession http = (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession())
                .getHttpSession();
        assertThat(http.isValid()).isTrue();
        // Destroys the session through the service, as Vaadin's clean-up does once it has closed an idle one.
        MockVaadin.tearDown();
        assertThat(http.isValid()).as("the HTTP session, and the sign-in in it, have ended").isFalse();
    }
}
