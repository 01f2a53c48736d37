package uk.quarterlyreturns.base;

/** The signed-in person may not do this (segregation of duties, or not their service). */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
