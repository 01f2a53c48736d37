package uk.quarterlyreturns.framework;

/** Whether a quarter's returns are past their deadline, so that a value still absent counts as Missing. */
public interface Deadlines {

    boolean passed(ReportingYear year, int quarter);

    /** Whether this deadline (one return's own, an extension perhaps) has gone by. */
    boolean passed(java.time.Instant deadline);
}
