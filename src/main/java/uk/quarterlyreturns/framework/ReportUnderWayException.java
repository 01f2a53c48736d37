package uk.quarterlyreturns.framework;

/**
 * A change to the framework would withdraw or issue a return of a quarter whose report has begun compiling and is not
 * yet published: refused, as the report reads that quarter's returns as they stood. Nothing is changed.
 */
public class ReportUnderWayException extends IllegalStateException {

    public ReportUnderWayException(String message) {
        super(message);
    }
}
