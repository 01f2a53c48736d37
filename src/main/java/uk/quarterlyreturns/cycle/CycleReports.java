package uk.quarterlyreturns.cycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The corporate report of a cycle, as the cycle's process needs it; kept by the report feature. */
public interface CycleReports {

    /** What the emails and screens say of a report version. */
    /**
     * @param beingCorrected the services whose returns the version printed as being corrected (reopened, not yet
     *                       accepted again when it read them), by name
     */
    record ReportSummary(String title, int version, String summary, String changeNote, List<String> beingCorrected) {
    }

    /** Compiles the cycle's report from the returns as they stand (missing items shown as Missing). */
    ReportSummary compile(long cycleId);

    /** The latest version as it stands. */
    ReportSummary current(long cycleId);

    /**
     * The services whose returns the latest version printed as being corrected, by name: read from the stored
     * version, not compiled again (the approval page asks on each load).
     */
    List<String> beingCorrected(long cycleId);

    /** When the chief executive last returned the latest version with comments; empty if it never was. */
    Optional<Instant> lastReturned(long cycleId);

    /** When the latest version was last compiled; empty before the first. */
    Optional<Instant> lastCompiled(long cycleId);

    /** Records the chief executive's decision on the version awaiting approval. */
    void recordDecision(long cycleId, String user, boolean approved, String comment);

    /** Freezes the approved version: its files and the data they were made from. */
    ReportSummary publish(long cycleId);
}
