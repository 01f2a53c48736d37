package uk.quarterlyreturns.base.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.OptionalInt;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The screens' session of someone who signed in with a password kept here: whether it is one, and, once they
 * have changed their own password, keeping it signed in with the password's new version while their other
 * sessions end ({@link ChangedUserSessions}).
 */
@Component
public class PasswordSession {

    private final UserDetailsService users;
    private final SingleSignOn singleSignOn;

    PasswordSession(UserDetailsService users, SingleSignOn singleSignOn) {
        this.users = users;
        this.singleSignOn = singleSignOn;
    }

    /** Signed in with a password here (not a council account), while passwords may still be used to sign in. */
    public boolean signedInWithPassword() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return singleSignOn.localPasswords() && signedIn != null && signedIn.getPrincipal() instanceof PasswordUser;
    }

    /**
     * Moves this session on to the password's new version, unless anything else about the user changed
     * meanwhile (another reset, their roles, disabled): then it ends at its next request like the others. The
     * session carries on under a new id, as after signing in: an id seen before the change (in a log, on a shared
     * computer) no longer reaches the account.
     */
    public void carryOn(int passwordVersion) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        UserDetails now = users.loadUserByUsername(before.getName());
        if (ChangedUserSessions.whyEnd(now, before.getAuthorities(), OptionalInt.of(passwordVersion)).isPresent()) {
            return;
        }
        ((PasswordUser) now).eraseCredentials();
        UsernamePasswordAuthenticationToken after = UsernamePasswordAuthenticationToken.authenticated(now, null,
                now.getAuthorities());
        after.setDetails(before.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(after);
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        VaadinSession.getCurrent().getSession().removeAttribute(PasswordToChoose.ATTRIBUTE);
        // What Spring Security's change-session-id does at sign-in: same session and attributes, new id and cookie.
        VaadinServletRequest.getCurrent().getHttpServletRequest().changeSessionId();
    }
}
