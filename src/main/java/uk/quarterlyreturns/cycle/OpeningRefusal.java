package uk.quarterlyreturns.cycle;

import java.time.Instant;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.framework.ReportingYear;

/**
 * A quarter the timer could not open and why, as last tried; {@code stoppedTryingAt} is set once its week of tries
 * is over with the quarter still unopened.
 */
public record OpeningRefusal(ReportingYear year, int quarter, String reason, Instant lastTriedAt,
        Instant stoppedTryingAt) {

    /** What the performance team reads on the compliance screen until the quarter's cycle opens. */
    public String notice() {
        String said = "The " + year.quarterName(quarter) + " cycle could not open automatically, so no returns have"
                + " been issued for it. Last tried " + UkDates.WHEN.format(lastTriedAt) + ": " + reason + " ";
        return said + (stoppedTryingAt == null
                ? "It is tried again every hour for a week and opens once this is put right, or open it yourself"
                        + " with \"Open a cycle…\"."
                : "Its week of automatic tries ended on " + UkDates.WHEN.format(stoppedTryingAt) + ": once this is"
                        + " put right, open it with \"Open a cycle…\".");
    }
}
