package uk.quarterlyreturns.base.api;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring answers itself under /api, before any call is chosen (a method the address does not take, a body or an
 * answer in a type the call does not have) or before the API is reached (not signed in), comes in the API's one error
 * shape with a message, not Spring Boot's bare {"timestamp","status","error","path"}; so does the engine REST's 401.
 * Other addresses, and a browser asking for a page, keep Spring's.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> spring = super.getErrorAttributes(request, options);
        HttpStatus status = spring.get("status") instanceof Integer code ? HttpStatus.resolve(code) : null;
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        // a browser's address bar asks for HTML: Spring's error page shows its own keys
        if (!(spring.get("path") instanceof String path) || status == null
                || !(path.startsWith("/api/") || engineRestSignIn(path, status))
                || accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return spring;
        }
        String method = request instanceof ServletWebRequest servlet ? servlet.getRequest().getMethod() : "";
        return ErrorAnswers.single(status, SpringRefusals.say(status, getError(request), method)).getBody();
    }

    /**
     * The engine's REST API shares the API's sign-in, so its 401 says the same; its other answers are Camunda's own
     * (type, message, code), which its clients read.
     */
    private static boolean engineRestSignIn(String path, HttpStatus status) {
        return status == HttpStatus.UNAUTHORIZED && (path.equals("/engine-rest") || path.startsWith("/engine-rest/"));
    }
}
