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
 * Someone signed in on the sign-in page with a password an administrator set for them (a new account's, or a
 * reset) chooses their own before anything else, so that only they know the password they go on with. Their
 * session is marked at its first request; the screens then lead to {@link #ROUTE} until the password is changed
 * ({@link PasswordSession#carryOn}), and Camunda's pages send them there. HTTP Basic keeps no session: the API is
 * not asked.
 */
public final class PasswordToChoose extends OncePerRequestFilter {

    public static final String ROUTE = "choose-password";
    static final String ATTRIBUTE = PasswordToChoose.class.getName();

    private static final Logger log = LoggerFactory.getLogger(PasswordToChoose.class);

    private final boolean sendToChoose;

    /** @param sendToChoose redirect a marked session's requests (pages outside the screens, which cannot lead) */
    PasswordToChoose(boolean sendToChoose) {
        this.sendToChoose = sendToChoose;
    }

    /** Whether this session is to choose its own password before anything else. */
    public static boolean pending(WrappedSession session) {
        return session.getAttribute(ATTRIBUTE) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && signedIn != null && signedIn.getPrincipal() instanceof PasswordUser user
                && !user.passwordChosen()) {
            if (session.getAttribute(ATTRIBUTE) == null) {
                log.info("{} signed in with a password set for them: they choose their own first",
                        LogText.safe(user.getUsername()));
                session.setAttribute(ATTRIBUTE, user.getUsername());
            }
            if (sendToChoose) {
                response.sendRedirect(request.getContextPath() + "/" + ROUTE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
