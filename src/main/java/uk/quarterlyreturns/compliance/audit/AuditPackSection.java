package uk.quarterlyreturns.compliance.audit;

import java.io.IOException;
import uk.quarterlyreturns.cycle.Cycle;

/**
 * One part of a quarter's audit pack. Features above this one (the report) add theirs as beans; the pack writes them
 * in their @Order.
 */
public interface AuditPackSection {

    /** What this part holds, for the pack's README: a line or two, each starting with the entries' names. */
    String described();

    /** Writes this part's entries for the cycle, read as {@code user} may read them. */
    void write(Cycle cycle, String user, PackEntries pack) throws IOException;
}
