package uk.quarterlyreturns.base.api;

/** A request's If-Match names a version that is no longer the current one: 412 with this message. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
