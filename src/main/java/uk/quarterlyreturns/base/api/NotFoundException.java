package uk.quarterlyreturns.base.api;

import java.util.Map;

/** Something named in a request does not exist: 404 with this message, and any details under their own names. */
public class NotFoundException extends RuntimeException {

    private final Map<String, Object> details;

    public NotFoundException(String message) {
        this(message, Map.of());
    }

    public NotFoundException(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    public Map<String, Object> details() {
        return details;
    }
}
