package uk.quarterlyreturns.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * When the council's provider cannot be reached as a sign-in starts (its discovery document is read then),
 * the person comes back to our sign-in page with a message, not to an error page; the cause goes to the log.
 */
final class ProviderUnreachable implements AuthenticationFailureHandler {

    static final String MESSAGE = "The council's sign-in service could not be reached just now. Try again in a"
            + " few minutes; if it goes on, tell your IT team.";

    private static final Logger log = LoggerFactory.getLogger(ProviderUnreachable.class);

    /** Gives Spring's filter that starts a sign-in at the provider this handler for its failures. */
    static ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter> onStartFilter() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(new ProviderUnreachable());
                return filter;
            }
        };
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        log.warn("Single sign-on could not start: {}", LogText.safe(String.valueOf(cause.getMessage())));
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SingleSignOnRefused(null, MESSAGE));
        response.sendRedirect(request.getContextPath() + SingleSignOn.REFUSED);
    }
}
