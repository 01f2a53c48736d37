package uk.quarterlyreturns.framework;

/** Whether a quarter's returns are past their deadline, so that a value still absent counts as Missing. */
public interface Deadlines {

    boolean passed(ReportingYear year, int quarter);

    /**
     * Whether each service's own deadline for the quarter has passed, by the service's id: its return's agreed
     * extension if it has one, otherwise as {@link #passed(ReportingYear, int)}.
     */
    java.util.function.LongPredicate passedByService(ReportingYear year, int quarter);

    /** Whether this deadline (one return's own, an extension perhaps) has gone by. */
    boolean passed(java.time.Instant deadline);
}
