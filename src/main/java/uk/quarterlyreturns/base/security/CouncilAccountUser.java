package uk.quarterlyreturns.base.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone signed in with their council account: the provider's tokens (for signing out there too), but our
 * username as their name and our roles as their authorities, never the token's. Also a {@link UserDetails}, as
 * a password sign-in's principal is, so screens and Camunda see the same kind of user either way. A password
 * reset ends this session too: the account may be in someone else's hands.
 */
final class CouncilAccountUser implements OidcUser, UserDetails, PasswordVersioned {

    private static final long serialVersionUID = 1L;

    private final OidcUser account;
    private final String username;
    private final List<GrantedAuthority> authorities;
    private final int passwordVersion;
    private final String matchedBy;

    /** @param matchedBy the claim's value the account was matched to the user by: their username or email address */
    CouncilAccountUser(OidcUser account, String username, Collection<? extends GrantedAuthority> authorities,
            int passwordVersion, String matchedBy) {
        this.account = account;
        this.username = username;
        this.authorities = List.copyOf(authorities);
        this.passwordVersion = passwordVersion;
        this.matchedBy = matchedBy;
    }

    /** The username or email address the council account named, which made it this user's. */
    String matchedBy() {
        return matchedBy;
    }

    @Override
    public int passwordVersion() {
        return passwordVersion;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public Map<String, Object> getClaims() {
        return account.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return account.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return account.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return account.getAttributes();
    }

    @Override
    public String toString() {
        return "CouncilAccountUser[" + username + "]";
    }
}
