package uk.quarterlyreturns.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With the council's accounts alone (local passwords off), people sign in only with their council account and no
 * password of a person's opens anything: HTTP Basic takes only an account an administrator marked as another system's
 * (a values feed, a monitoring check). Otherwise a password an administrator once set, or kept from before, would let
 * them act over the API as that person, and a leaver whose council account was closed would keep the API.
 */
final class ApiAccountsOnly extends OncePerRequestFilter {

    static final String MESSAGE = "This is a person's account, and people sign in with their council account: the"
            + " API takes a password only from an account an administrator has marked as an API account (another"
            + " system) under Users";

    private static final Logger log = LoggerFactory.getLogger(ApiAccountsOnly.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof PasswordUser user && !user.apiAccount()) {
            log.info("{} refused on {}: a person's password, with council accounts alone",
                    LogText.safe(user.getUsername()), LogText.safe(request.getRequestURI()));
            ApiAccessDenied.refuse(response, MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
