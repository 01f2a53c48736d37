package uk.quarterlyreturns.framework;

import uk.quarterlyreturns.framework.io.KeyActionRow;

/**
 * A key action of one reporting year, owned by a service.
 *
 * @param reportedFrom the first quarter whose return asks for its status, when it was added once a quarter's report
 *                     was published (as a measure's, ReportedUntil); null for every quarter from Q1
 */
public record KeyAction(long id, long yearId, long serviceId, KeyActionRow definition, Integer reportedFrom) {

    /** A key action reported from Q1. */
    public KeyAction(long id, long yearId, long serviceId, KeyActionRow definition) {
        this(id, yearId, serviceId, definition, null);
    }

    public String code() {
        return definition.code();
    }

    /**
     * Whether the quarter's return asks for its status. One added once a quarter's report was published did not exist
     * in that quarter: its returns (and a correction of them) owe nothing for it, and its reports print it Not due.
     */
    public boolean reportedIn(int quarter) {
        return reportedFrom == null || quarter >= reportedFrom;
    }

    /** Why its status for a quarter before its first is refused (a form left open while it was added). */
    public String notAsked(int quarter) {
        return code() + " is reported from Q" + reportedFrom + " only: it was added once the Q" + (reportedFrom - 1)
                + " report was published, and no return asks for its Q" + quarter + " status";
    }

    /**
     * {@link #reportedIn(int)} as SQL, for the queries that pick a quarter's items themselves (what a return owes):
     * the key action's alias, the quarter's expression.
     */
    public static String reportedInSql(String action, String quarter) {
        return "(%1$s.reported_from is null or %2$s >= %1$s.reported_from)".formatted(action, quarter);
    }
}
