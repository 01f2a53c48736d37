package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletContext;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.security.SignInAttempts;
import uk.quarterlyreturns.people.PasswordRule;
import uk.quarterlyreturns.people.StoredPasswords;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.NextRequest;
import uk.quarterlyreturns.support.ViewTest;
import uk.quarterlyreturns.support.WebSession;

/**
 * Someone changes their own password under "My settings": the current one is checked (and counted as a sign-in
 * attempt), the new one follows the password rule, and the change signs them out everywhere but here.
 */
class ChangePasswordDialogTest extends ViewTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final String PASSWORD = "a long enough password";
    private static final String NEW_PASSWORD = "quince meadow lantern";

    @Autowired UserAdministration admin;
    @Autowired StoredPasswords storedPasswords;
    @Autowired SignInAttempts attempts;
    @Autowired JdbcClient jdbc;
    @Autowired FilterChainProxy filters;
    @Autowired ServletContext servletContext;

    private String username;

    @AfterEach
    void unlock() {
        attempts.succeeded(username);
    }

    @Test
    void aChangeEndsTheOtherSessionsWhileThisOneCarriesOn() {
        WebSession elsewhere = new WebSession(url(""));
        assertThat(WebSession.succeeded(elsewhere.signIn(signedInReader(), PASSWORD))).isTrue();
        Object signInBefore = signIn();

        ChangePasswordDialog dialog = openDialog();
        type(dialog, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(_find(ChangePasswordDialog.class)).as("closed once changed").isEmpty();

        HttpResponse<String> ended = elsewhere.get("/reports");
        assertThat(ended.statusCode()).as("the other session, ended").isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/login");
        NextRequest next = new NextRequest(filters, servletContext);
        assertThat(next.keepsSignedIn(signIn(), "/reports")).as("this session").isTrue();
        assertThat(next.keepsSignedIn(signInBefore, "/reports")).as("this session as it was").isFalse();

        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, PASSWORD))).isFalse();
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, NEW_PASSWORD))).isTrue();
        // Recorded as the administrator's changes to a user are: who changed it, and when.
        assertThat(jdbc.sql("select changed_by from app_user where username = :u").param("u", username)
                .query(String.class).single()).isEqualTo(username);
        assertThat(jdbc.sql("select kind || ' ' || way || ' ' || changed_by from account_event where username = :u"
                + " order by id desc limit 1").param("u", username).query(String.class).single())
                .as("in the account history").isEqualTo("PASSWORD_CHANGED SCREEN " + username);
    }

    @Test
    void theSessionKeptCarriesOnUnderANewIdAsAfterSigningIn() {
        signedInReader();
        ChangePasswordDialog dialog = openDialog();
        String before = VaadinSession.getCurrent().getSession().getId();
        type(dialog, "not my password at all", NEW_PASSWORD, NEW_PASSWORD);
        assertThat(VaadinSession.getCurrent().getSession().getId()).as("refused: the same session").isEqualTo(before);

        type(dialog, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(_find(ChangePasswordDialog.class)).as("closed once changed").isEmpty();
        assertThat(VaadinSession.getCurrent().getSession().getId()).isNotEqualTo(before);
        assertThat(new NextRequest(filters, servletContext).keepsSignedIn(signIn(), "/reports"))
                .as("still signed in under the new id").isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedKeepsWhatWasTypedAndCountsAgainstSigningIn() {
        signedInReader();
        int version = version();
        ChangePasswordDialog dialog = openDialog();
        type(dialog, "not my password at all", NEW_PASSWORD, NEW_PASSWORD);
        assertThat(field(dialog, "Current password").isInvalid()).isTrue();
        assertThat(field(dialog, "Current password").getErrorMessage()).isEqualTo("This is not your current password");
        assertThat(field(dialog, "New password").getValue()).as("nothing lost").isEqualTo(NEW_PASSWORD);
        assertThat(field(dialog, "New password again").getValue()).isEqualTo(NEW_PASSWORD);
        assertThat(version()).isEqualTo(version);

        for (int i = 2; i <= 5; i++) {
            type(dialog, "wrong guess " + i, NEW_PASSWORD, NEW_PASSWORD);
        }
        // Five wrong guesses lock the username, here and on the sign-in page alike, even for the right password.
        type(dialog, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(field(dialog, "Current password").getErrorMessage())
                .isEqualTo("Too many wrong passwords: try again in 15 minutes");
        assertThat(version()).isEqualTo(version);
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, PASSWORD))).isFalse();
    }

    @Test
    void aWeakMistypedOrUnchangedNewPasswordIsRefused() {
        signedInReader();
        int version = version();
        ChangePasswordDialog dialog = openDialog();
        type(dialog, PASSWORD, "too short", "too short");
        assertThat(field(dialog, "New password").isInvalid()).isTrue();
        assertThat(field(dialog, "New password").getErrorMessage())
                .isEqualTo(PasswordRule.problem("too short", username).orElseThrow());
        assertThat(field(dialog, "Current password").isInvalid()).isFalse();

        type(dialog, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
        assertThat(field(dialog, "New password again").getErrorMessage())
                .isEqualTo("The two new passwords differ: type it again");
        assertThat(field(dialog, "New password").isInvalid()).as("cleared once right").isFalse();

        type(dialog, PASSWORD, PASSWORD, PASSWORD);
        assertThat(field(dialog, "New password").getErrorMessage())
                .isEqualTo("Choose a new password, not the one you have now");
        assertThat(version()).isEqualTo(version);
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, PASSWORD))).isTrue();
    }

    private String signedInReader() {
        username = "own.secret" + N.incrementAndGet();
        admin.create(new UserFields(username, "Pat Secret", username + "@council.test", EnumSet.of(Role.READER),
                null, null), PASSWORD, "admin");
        return username;
    }

    /** Signs the reader in here, and answers the sign-in as the session keeps it. */
    private Object signIn() {
        if (VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null) {
            signIn(username);
        }
        return VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    private ChangePasswordDialog openDialog() {
        signIn();
        open("reports");
        _click(_get(Button.class, s -> s.withText("My settings")));
        _click(_get(Button.class, s -> s.withText("Change my password")));
        return _get(ChangePasswordDialog.class);
    }

    private static void type(ChangePasswordDialog dialog, String current, String next, String repeated) {
        _setValue(field(dialog, "Current password"), current);
        _setValue(field(dialog, "New password"), next);
        _setValue(field(dialog, "New password again"), repeated);
        _click(_get(dialog, Button.class, s -> s.withText("Change password")));
    }

    private static PasswordField field(ChangePasswordDialog dialog, String label) {
        return _get(dialog, PasswordField.class, s -> s.withLabel(label));
    }

    private int version() {
        return storedPasswords.credentials(username).orElseThrow().version();
    }
}
