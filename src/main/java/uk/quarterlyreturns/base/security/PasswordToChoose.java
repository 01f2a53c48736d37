package uk.quarterlyreturns.base.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a password an administrator set for them (a new account's, or a reset) chooses their own
 * before anything else, so that only they know the password they go on with. On the screens their session is marked
 * at its first request; the screens then lead to {@link #ROUTE} until the password is changed
 * ({@link PasswordSession#carryOn}), and Camunda's pages and the API's description send them there. The API, which
 * keeps no session, refuses such a password until its owner has chosen their own on the screens.
 */
public final class PasswordToChoose extends OncePerRequestFilter {

    public static final String ROUTE = "choose-password";
    static final String ATTRIBUTE = PasswordToChoose.class.getName();
    static final String API_MESSAGE = "This password was set for you by an administrator: sign in on the screens"
            + " and choose your own before using the API";

    private static final Logger log = LoggerFactory.getLogger(PasswordToChoose.class);

    /** What a request signed in with such a password meets. */
    enum Then {
        /** the screens: the session is marked and the screens lead to choosing */
        MARK,
        /** pages outside the screens, which cannot lead: sent to choose (the session marked, if any) */
        REDIRECT,
        /** the API: refused, with the API's error shape */
        REFUSE
    }

    private final Then then;

    PasswordToChoose(Then then) {
        this.then = then;
    }

    /** Whether this session is to choose its own password before anything else. */
    public static boolean pending(WrappedSession session) {
        return session.getAttribute(ATTRIBUTE) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof PasswordUser user) || user.passwordChosen()) {
            chain.doFilter(request, response);
            return;
        }
        if (then == Then.REFUSE) {
            ApiAccessDenied.refuse(response, API_MESSAGE);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) == null) {
            log.info("{} signed in with a password set for them: they choose their own first",
                    LogText.safe(user.getUsername()));
            session.setAttribute(ATTRIBUTE, user.getUsername());
        }
        if (then == Then.REDIRECT) {
            response.sendRedirect(request.getContextPath() + "/" + ROUTE);
            return;
        }
        chain.doFilter(request, response);
    }
}
