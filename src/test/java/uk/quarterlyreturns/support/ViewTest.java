package uk.quarterlyreturns.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import uk.quarterlyreturns.base.ui.NotAllowedView;

/**
 * Views driven without a browser (Karibu-Testing) inside the shared application context, on the real
 * clock. {@link #signIn} sets the person where Spring Security and Vaadin's access checks look for them.
 */
public abstract class ViewTest extends ApplicationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("uk.quarterlyreturns");

    static {
        // Karibu's own error routes fail a test with the exception; our plain error pages would hide it. The
        // refusal of a view is kept: it answers only AccessDeniedException, and its wording is under test.
        ROUTES.getErrorRoutes().removeIf(route -> route.getPackageName().startsWith("uk.quarterlyreturns")
                && route != NotAllowedView.class);
    }

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @BeforeEach
    void startVaadin() {
        ClockUtil.reset();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs the demo user in, as the login form would. */
    protected void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        signIn(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** Signs someone in as this sign-in says, e.g. with a council account. */
    protected void signIn(Authentication auth) {
        signInWith(auth);
    }

    /** Routes as the shared application's views are driven, for an application of a test's own. */
    public static Routes routes() {
        return ROUTES;
    }

    /** Signs someone in, as {@link #signIn(Authentication)}, in the Karibu UI set up on any application. */
    public static void signInWith(Authentication auth) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(auth);
        SecurityContextHolder.setContext(security);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_" + role)));
    }

    protected void open(String path) {
        UI.getCurrent().navigate(path);
    }
}
