package uk.quarterlyreturns.base.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** A role refused at an API URL gets the API's own error shape, as a refusal by a controller does. */
final class ApiAccessDenied implements AccessDeniedHandler {

    static final String MESSAGE = "Your role may not do this";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        refuse(response, MESSAGE);
    }

    /** A 403 in the API's error shape, saying why. */
    static void refuse(HttpServletResponse response, String message) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("row", null);
        problem.put("column", null);
        problem.put("message", message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", HttpServletResponse.SC_FORBIDDEN);
        body.put("message", message);
        body.put("errors", List.of(problem));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }
}
