package uk.quarterlyreturns.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every request of a signed-in session that its user may still sign in, with the roles the session
 * was given and the password they had at sign-in: once an administrator disables someone, removes them or
 * changes their roles, or their password is reset or changed, or the username or email address a council account
 * was matched to them by no longer matches them (an address typed into the wrong person's record and corrected),
 * their open sessions end at the next request, on
 * every instance, instead of running on until they time out. The request then goes on as a signed-out one. The
 * user is read once a request, as before; the roles and the password's version come with it.
 */
final class ChangedUserSessions extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ChangedUserSessions.class);

    private final UserDetailsService users;
    private final UserAccounts accounts;

    ChangedUserSessions(UserDetailsService users, UserAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            whyEnd(signedIn).ifPresent(why -> {
                log.info("Session of {} ended: {}", LogText.safe(signedIn.getName()), why);
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            });
        }
        chain.doFilter(request, response);
    }

    private Optional<String> whyEnd(Authentication signedIn) {
        UserDetails now;
        try {
            now = users.loadUserByUsername(signedIn.getName());
        } catch (UsernameNotFoundException e) {
            return Optional.of("the user is gone");
        }
        if (signedIn.getPrincipal() instanceof CouncilAccountUser council
                && !CouncilAccountUsers.matching(accounts, council.matchedBy()).equals(List.of(signedIn.getName()))) {
            // an address corrected (or given to someone else) no longer makes the account this user's
            return Optional.of("the council account no longer names the user");
        }
        return whyEnd(now, signedIn.getAuthorities(), PasswordVersioned.of(signedIn.getPrincipal()));
    }

    /** Why a session with these roles and password version may not go on as the user now stands, if it may not. */
    static Optional<String> whyEnd(UserDetails now, Collection<? extends GrantedAuthority> sessionRoles,
            OptionalInt sessionPasswordVersion) {
        if (!now.isEnabled()) {
            return Optional.of("the user is disabled");
        }
        if (!roles(now.getAuthorities()).equals(roles(sessionRoles))) {
            return Optional.of("the user's roles changed");
        }
        // A session that cannot say which password it signed in with is ended too, rather than kept on trust.
        if (sessionPasswordVersion.isEmpty() || !PasswordVersioned.of(now).equals(sessionPasswordVersion)) {
            return Optional.of("the user's password changed");
        }
        return Optional.empty();
    }

    /** Our roles only: a council account's sign-in may carry other authorities beside them. */
    private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .collect(Collectors.toSet());
    }
}
