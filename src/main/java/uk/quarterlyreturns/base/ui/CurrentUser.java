package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Role;

/** The signed-in person as the views need them. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public String username() {
        return authentication.getPrincipalName().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getAuthenticatedUser(org.springframework.security.core.userdetails.UserDetails.class)
                .ifPresent(user -> user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_"))
                        .forEach(a -> roles.add(Role.valueOf(a.substring(5)))));
        return roles;
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    public void logout() {
        authentication.logout();
    }
}
