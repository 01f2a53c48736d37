package uk.quarterlyreturns.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** A role refused at an API URL gets the API's own error shape, as a refusal by a controller does. */
final class ApiAccessDenied implements AccessDeniedHandler {

    static final String MESSAGE = "Your role may not do this";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        refuse(response, MESSAGE);
    }

    /** A 403 in the API's error shape, saying why. */
    static void refuse(HttpServletResponse response, String message) throws IOException {
        String quoted = message.replace("\\", "\\\\").replace("\"", "\\\"");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":403,\"message\":\"" + quoted
                + "\",\"errors\":[{\"row\":null,\"column\":null,\"message\":\"" + quoted + "\"}]}");
    }
}
