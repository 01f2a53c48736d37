package uk.quarterlyreturns.base.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.QuarterlySettings;

/**
 * What single sign-on adds to the UI's chain: sign-in with the council's provider (our users, our roles),
 * refusals back on our sign-in page, signing out at the provider too, and, with local passwords off, no
 * password sign-in by form.
 */
@Component
public class SingleSignOn {

    /** Where the sign-in page's button starts a sign-in with the council's provider. */
    public static final String START = "/oauth2/authorization/" + SingleSignOnConfig.REGISTRATION;
    /** Where a refused sign-in comes back; the reason waits in the session for the sign-in page. */
    public static final String REFUSED = "/login?refused";

    private final QuarterlySettings.Sso settings;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final UserAccounts accounts;
    private final UserDetailsService users;

    SingleSignOn(QuarterlySettings settings, ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<UserAccounts> accounts, UserDetailsService users) {
        this.settings = settings.sso();
        this.registrations = registrations;
        this.accounts = accounts.getIfAvailable();
        this.users = users;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Whether people may sign in to the screens with a password kept here. */
    public boolean localPasswords() {
        return settings.localPasswords();
    }

    /** What the council's accounts are called here, e.g. "your council account". */
    public String label() {
        return settings.label();
    }

    /** The sign-in button's words. */
    public String buttonText() {
        return "Sign in with " + label();
    }

    void configure(HttpSecurity http) throws Exception {
        if (!settings.localPasswords()) {
            http.addFilterBefore(new NoPasswordSignIn(), UsernamePasswordAuthenticationFilter.class);
        }
        if (!enabled()) {
            return;
        }
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations.getObject())
                .userInfoEndpoint(info -> info.oidcUserService(new CouncilAccountUsers(settings.userClaim(),
                        accounts, users, settings.requireEmailVerified())))
                .failureHandler(new SimpleUrlAuthenticationFailureHandler(REFUSED))
                .withObjectPostProcessor(ProviderUnreachable.onStartFilter()));
    }

    /**
     * Signing out of a council account's session also signs out at the provider when it offers that (its
     * end_session_endpoint), then comes back to our sign-in page; a password session just ends here.
     */
    Optional<LogoutSuccessHandler> signOut() {
        if (!enabled()) {
            return Optional.empty();
        }
        OidcClientInitiatedLogoutSuccessHandler handler =
                new OidcClientInitiatedLogoutSuccessHandler(registrations.getObject());
        // "Sign out" is a Vaadin request: the browser is sent on by the UI, not by an HTTP redirect.
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/");
        return Optional.of(handler);
    }
}
