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
    private static final String BODY = "{\"status\":403,\"message\":\"" + MESSAGE
            + "\",\"errors\":[{\"row\":null,\"column\":null,\"message\":\"" + MESSAGE + "\"}]}";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(BODY);
    }
}
