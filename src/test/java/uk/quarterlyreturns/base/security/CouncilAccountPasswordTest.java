package uk.quarterlyreturns.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.NextRequest;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Someone signed in with their council account: its password is the council's, so "My settings" offers no
 * password change; yet a reset of the password kept here ends the session too, since the account may be in
 * someone else's hands.
 */
class CouncilAccountPasswordTest extends ViewTest {

    @Autowired UserAdministration admin;
    @Autowired UserDetailsService users;
    @Autowired FilterChainProxy filters;
    @Autowired ServletContext servletContext;

    @Test
    void aCouncilAccountIsOfferedNoPasswordChangeAndItsSessionEndsAtAReset() {
        String username = "council.account" + System.nanoTime();
        admin.create(new UserFields(username, "Cal Council", username + "@council.test", EnumSet.of(Role.READER),
                null, null), "a long enough password", "admin");
        UserDetails user = users.loadUserByUsername(username);
        OidcIdToken token = OidcIdToken.withTokenValue("id-token").subject("council-" + username)
                .claim("email", username + "@council.test").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600)).build();
        CouncilAccountUser account = new CouncilAccountUser(new DefaultOidcUser(List.of(), token), username,
                user.getAuthorities(), PasswordVersioned.of(user).getAsInt(), username + "@council.test");
        signIn(new OAuth2AuthenticationToken(account, account.getAuthorities(), SingleSignOnConfig.REGISTRATION));

        open("reports");
        _click(_get(Button.class, s -> s.withText("My settings")));
        _get(Checkbox.class);
        _assertNone(Button.class, s -> s.withText("Change my password"));

        Object signIn = VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        NextRequest next = new NextRequest(filters, servletContext);
        assertThat(next.keepsSignedIn(signIn, "/reports")).as("before the reset").isTrue();
        admin.resetPassword(username, "quince meadow lantern", "admin");
        assertThat(next.keepsSignedIn(signIn, "/reports")).as("after the reset").isFalse();
    }
}
