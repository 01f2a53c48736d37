package uk.quarterlyreturns.support;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpSession;
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
        return answer(signIn, path).session() != null;
    }

    /** What the request left: its session (null when ended) and where it was sent instead of the page, if anywhere. */
    public record Answer(HttpSession session, String redirectedTo) {
    }

    public Answer answer(Object signIn, String path) {
        MockHttpSession session = new MockHttpSession(servletContext);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signIn);
        return answer(session, path);
    }

    /** The same, in this session (e.g. a Karibu test's own), which the request may change. */
    public Answer answer(HttpSession session, String path) {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(() -> send(session, path)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            thread.shutdown();
        }
    }

    private Answer send(HttpSession session, String path) throws IOException, ServletException {
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", path);
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain page = new MockFilterChain();
        filters.doFilter(request, response, page);
        boolean ended = invalid(session);
        if (ended && page.getRequest() != null) {
            throw new AssertionError("An ended session should be sent to sign in, not on to the page");
        }
        if (!ended && page.getRequest() == null && response.getRedirectedUrl() == null) {
            throw new AssertionError("A live session should reach the page or be sent elsewhere; answered "
                    + response.getStatus());
        }
        return new Answer(ended ? null : session, page.getRequest() == null ? response.getRedirectedUrl() : null);
    }

    private static boolean invalid(HttpSession session) {
        try {
            session.getCreationTime();
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
