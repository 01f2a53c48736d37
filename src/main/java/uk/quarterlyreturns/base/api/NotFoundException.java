package uk.quarterlyreturns.base.api;

/** Something named in a request does not exist: 404 with this message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
