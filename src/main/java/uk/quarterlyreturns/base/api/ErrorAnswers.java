package uk.quarterlyreturns.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The one shape of every refused or failed API call's answer: {"status","message","errors":[{row,column,message}]}. */
final class ErrorAnswers {

    record Problem(Integer row, String column, String message) {
    }

    private ErrorAnswers() {
    }

    /** What the client reads of a fault on the server. */
    static String faultMessage(String reference) {
        return "Something went wrong on the server. If it keeps happening, tell the administrator the reference "
                + reference;
    }

    /** The answer written straight to the response, where no call's answer is written. */
    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), single(status, message).getBody());
    }

    static ResponseEntity<Map<String, Object>> single(HttpStatus status, String message) {
        return body(status, message, List.of(new Problem(null, null, message)));
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, List<Problem> errors) {
        return body(status, message, errors, Map.of());
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, List<Problem> errors,
            Map<String, Object> extra) {
        var map = new LinkedHashMap<String, Object>();
        map.put("status", status.value());
        map.put("message", message);
        map.put("errors", errors);
        map.putAll(extra);
        // JSON whatever Accept asked: a download's (text/csv) would otherwise turn its 404 into a bare 500
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(map);
    }
}
