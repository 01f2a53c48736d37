package uk.quarterlyreturns.base.security;

import java.util.List;
import java.util.Objects;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a council account the provider vouched for into one of our users: the first configured claim the
 * token carries names them, matched to a username, else to an email address, ignoring case, if the provider
 * has not said the address is unverified ({@link VerifiedEmail}). Nobody is created here; the roles are ours. An
 * account matching nobody, several users or a disabled user is refused with a sentence for the sign-in page.
 */
final class CouncilAccountUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final List<String> claims;
    private final UserAccounts accounts;
    private final UserDetailsService users;
    private final boolean emailVerifiedRequired;

    CouncilAccountUsers(List<String> claims, UserAccounts accounts, UserDetailsService users,
            boolean emailVerifiedRequired) {
        this(new OidcUserService(), claims, accounts, users, emailVerifiedRequired);
    }

    CouncilAccountUsers(OAuth2UserService<OidcUserRequest, OidcUser> provider, List<String> claims,
            UserAccounts accounts, UserDetailsService users, boolean emailVerifiedRequired) {
        this.provider = provider;
        this.emailVerifiedRequired = emailVerifiedRequired;
        this.claims = claims.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser account = provider.loadUser(request);
        String name = claims.stream().map(account::<Object>getClaim).filter(Objects::nonNull).map(Object::toString)
                .map(String::strip).filter(v -> !v.isEmpty()).findFirst()
                .orElseThrow(() -> new SingleSignOnRefused(account.getSubject(), "Your council account did not say"
                        + " who you are (it carries none of " + String.join(", ", claims)
                        + "); ask your IT team to release one of them to Quarterly Returns"));
        String username = match(name, account);
        UserDetails user = find(username, name);
        if (!user.isEnabled()) {
            throw new SingleSignOnRefused(name, "Your council account " + name + " belongs to a user of Quarterly"
                    + " Returns who is disabled; ask an administrator if you need it again");
        }
        return new CouncilAccountUser(account, user.getUsername(), user.getAuthorities(), PasswordVersioned.of(user)
                .orElseThrow(() -> new IllegalStateException("A user was read without their password version")), name);
    }

    /** The users a council account naming this username or email address is, as sign-in matches them. */
    static List<String> matching(UserAccounts accounts, String name) {
        List<String> found = accounts.byUsername(name);
        return found.isEmpty() ? accounts.byEmail(name) : found;
    }

    private String match(String name, OidcUser account) {
        List<String> found = accounts.byUsername(name);
        if (found.isEmpty()) {
            VerifiedEmail.whyNot(name, account.getEmailVerified(), emailVerifiedRequired).ifPresent(why -> {
                throw new SingleSignOnRefused(name, why);
            });
            found = accounts.byEmail(name);
        }
        if (found.isEmpty()) {
            throw new SingleSignOnRefused(name, "Your council account " + name
                    + " is not registered for Quarterly Returns; ask the performance team");
        }
        if (found.size() > 1) {
            throw new SingleSignOnRefused(name, "Your council account " + name + " matches " + found.size()
                    + " users of Quarterly Returns; ask an administrator to give each their own email address under"
                    + " Users");
        }
        return found.get(0);
    }

    private UserDetails find(String username, String name) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            throw new SingleSignOnRefused(name, "Your council account " + name
                    + " is not registered for Quarterly Returns; ask the performance team");
        }
    }
}
