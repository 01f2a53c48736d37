package uk.quarterlyreturns.support;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A session's next request to the screens, without a browser: its sign-in (as a Karibu test leaves it in the
 * Vaadin session) goes through the application's real security filters, as MockMvc would send it.
 */
public final class NextRequest {

    private final FilterChainProxy filters;
    // The application's own: Vaadin's request matchers look up their configuration in it.
    private final ServletContext servletContext;

    public NextRequest(FilterChainProxy filters, ServletContext servletContext) {
        this.filters = filters;
        this.servletContext = servletContext;
    }

    /**
     * Whether a session signed in so is still signed in at its next request for the page, or was ended. Sent from
     * a thread of its own, as a server's would be: on a Karibu test's thread Vaadin's session would stand in for
     * the request's.
     */
    public boolean keepsSignedIn(Object signIn, String path) {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(() -> send(signIn, path)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            thread.shutdown();
        }
    }

    private boolean send(Object signIn, String path) throws IOException, ServletException {
        MockHttpSession session = new MockHttpSession(servletContext);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signIn);
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", path);
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain page = new MockFilterChain();
        filters.doFilter(request, response, page);
        boolean ended = session.isInvalid();
        if (ended != (page.getRequest() == null)) {
            throw new AssertionError("An ended session should be sent to sign in, a live one on to the page; "
                    + "ended " + ended + ", answered " + response.getStatus() + " " + response.getRedirectedUrl());
        }
        return !ended;
    }
}
