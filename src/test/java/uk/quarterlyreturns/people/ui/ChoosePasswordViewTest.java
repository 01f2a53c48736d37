package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.StoredPasswords;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.NextRequest;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A password an administrator set (a new account's, or a reset) is theirs to know only until its owner signs in:
 * signed in with it on the sign-in page, every screen leads to choosing their own first. A password its owner
 * chose (changed under My settings, or through a forgotten password's link) leads nowhere else.
 */
class ChoosePasswordViewTest extends ViewTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final String GIVEN = "a password set for them";
    private static final String OWN = "heron orchard lamplight";

    @Autowired UserAdministration admin;
    @Autowired uk.quarterlyreturns.people.OwnPassword ownPassword;
    @Autowired StoredPasswords storedPasswords;
    @Autowired FilterChainProxy filters;
    @Autowired ServletContext servletContext;

    @Test
    void aNewAccountsPasswordIsChosenByItsOwnerBeforeAnythingElse() {
        String username = created();
        assertThat(chosen(username)).as("set by the administrator").isFalse();
        signInOnTheSignInPage(username);
        open("reports");
        assertThat(path()).isEqualTo("choose-password");
        open("");
        assertThat(path()).as("the start page too").isEqualTo("choose-password");
        assertThat(_get(ChoosePasswordView.class).getElement().getTextRecursively())
                .contains(ChoosePasswordView.WHY);

        assertThat(new NextRequest(filters, servletContext).answer(session(), "/camunda/app/cockpit/").redirectedTo())
                .as("Camunda's pages send there").endsWith("/choose-password");

        choose("not the given one", OWN);
        assertThat(path()).as("refused: still here").isEqualTo("choose-password");
        assertThat(field("The password you were given").isInvalid()).isTrue();
        assertThat(field("New password").getValue()).as("nothing lost").isEqualTo(OWN);

        choose(GIVEN, OWN);
        assertThat(path()).as("on to the start page").isNotEqualTo("choose-password");
        assertThat(chosen(username)).isTrue();
        open("reports");
        assertThat(path()).isEqualTo("reports");
        open("choose-password");
        assertThat(path()).as("nothing left to choose").isNotEqualTo("choose-password");
        assertThat(new NextRequest(filters, servletContext).answer(session(), "/reports").redirectedTo()).isNull();
        open("reports");
        assertThat(path()).as("nor at the next request").isEqualTo("reports");
    }

    @Test
    void aPasswordOfOnesOwnLeadsNowhereElseAndAResetByAnAdministratorIsToBeChosenAgain() {
        String username = created();
        // As a change under My settings or through a forgotten password's link saves it: by its owner.
        storedPasswords.setPasswordHash(username, "{noop}" + OWN, username);
        assertThat(chosen(username)).isTrue();
        signInOnTheSignInPage(username);
        open("reports");
        assertThat(path()).isEqualTo("reports");

        admin.resetPassword(username, GIVEN, "admin");
        assertThat(chosen(username)).as("reset by an administrator").isFalse();
    }

    @Test
    void theApiRefusesAPasswordSetByAnAdministratorUntilItsOwnerChoosesTheirOwn() {
        String username = created(Role.PERFORMANCE_TEAM);
        String report = "/api/years/2017-18/quarters/1/report";
        var refused = new Api(url(""), username, GIVEN).get(report);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody()).contains("set for you by an administrator: sign in on the screens and choose"
                + " your own before using the API");
        assertThat(new Api(url(""), username, GIVEN).get("/engine-rest/task/count").getStatusCode().value())
                .as("the engine's API too").isEqualTo(403);
        assertThat(new Api(url(""), username, GIVEN).get("/v3/api-docs").getBody())
                .as("the API's description sends them to choose").doesNotContain("\"openapi\"");

        ownPassword.change(username, GIVEN, OWN, OWN);

        assertThat(new Api(url(""), username, OWN).get(report).getStatusCode().value())
                .as("let through to the API, which has no such report here").isEqualTo(404);
        assertThat(new Api(url(""), username, OWN).get("/v3/api-docs").getBody()).contains("\"openapi\"");
    }

    private String created() {
        return created(Role.READER);
    }

    private String created(Role role) {
        String username = "given.secret" + N.incrementAndGet();
        admin.create(new UserFields(username, "Sam Given", username + "@council.test", EnumSet.of(role),
                null, null), GIVEN, "admin");
        return username;
    }

    /** Signed in, then the session's first request to the server, through the real security filters. */
    private void signInOnTheSignInPage(String username) {
        signIn(username);
        NextRequest.Answer first = new NextRequest(filters, servletContext).answer(session(), "/reports");
        assertThat(first.redirectedTo()).as("the screens lead there themselves").isNull();
    }

    private static HttpSession session() {
        return ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
    }

    private void choose(String given, String own) {
        _setValue(field("The password you were given"), given);
        _setValue(field("New password"), own);
        _setValue(field("New password again"), own);
        _click(_get(Button.class, s -> s.withText("Choose password")));
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, s -> s.withLabel(label));
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private boolean chosen(String username) {
        return storedPasswords.credentials(username).orElseThrow().chosen();
    }
}
