package uk.quarterlyreturns.base.api;

/** A write that could overwrite someone else's change came without If-Match: 428 with this message. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
