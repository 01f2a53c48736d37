package uk.quarterlyreturns.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With local passwords turned off, the sign-in page has no password form; this refuses a form posted to it
 * anyway (by a script, or an old page) before its password is looked at.
 */
final class NoPasswordSignIn extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(NoPasswordSignIn.class);
    private static final RequestMatcher LOGIN_FORM = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (LOGIN_FORM.matches(request)) {
            log.info("Password sign-in refused for {}: local passwords are turned off",
                    LogText.safe(request.getParameter("username")));
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign in with your council account");
            return;
        }
        chain.doFilter(request, response);
    }
}
