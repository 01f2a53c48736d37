package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import uk.quarterlyreturns.Application;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.InAJvmOfItsOwn;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The application as a new user first runs it, with no mail server configured and no base URL set: a chase says
 * its emails were recorded and not sent (never "sent"), the outbox marks them not delivered, and their links point
 * at the port the server really listens on.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@InAJvmOfItsOwn
class ChaseWithoutMailServerTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("uk.quarterlyreturns"),
                context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aChaseSaysItsEmailsWereRecordedNotSent() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2391);
        signIn("perf");
        UI.getCurrent().navigate("compliance");
        @SuppressWarnings("unchecked")
        Select<Cycle> select = _get(Select.class, s -> s.withLabel("Cycle"));
        _setValue(select, select.getListDataView().getItems().filter(c -> c.id() == scenario.cycle.id()).findFirst()
                .orElseThrow());
        _click((Button) GridKt._getCellComponent(_get(ComplianceGrid.class), 0, "chase"));
        _click(_get(_get(ChaseDialog.class), Button.class, s -> s.withText("Send chase")));

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).isEqualTo(
                        "Chased 1 service: 2 emails recorded, not sent: no mail server is configured"));
        String chases = "select status from outbox_message where kind = 'CHASE' and return_id = "
                + scenario.housing.id();
        Await.until("the chases handled", Duration.ofSeconds(30),
                () -> jdbc.sql(chases).query(String.class).list().equals(List.of("NOT_SENT", "NOT_SENT")));
        assertThat(jdbc.sql("select body_text from outbox_message where kind = 'CHASE' and return_id = :r")
                .param("r", scenario.housing.id()).query(String.class).list())
                .allSatisfy(body -> assertThat(body).contains("http://localhost:" + port + "/returns/"
                        + scenario.housing.id()));
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken auth =
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(auth);
        SecurityContextHolder.setContext(security);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .map(a -> a.getAuthority()).anyMatch(a -> a.equals("ROLE_" + role)));
    }
}
