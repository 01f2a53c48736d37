package uk.quarterlyreturns.returns;

import java.util.Collection;

/**
 * Published inside the issuing transaction just before these returns' processes start, each running in that
 * transaction to its task and chase timer: features whose expressions those steps call read what they need for
 * all of them at once here, not one return at a time.
 */
public record ReturnsStarting(Collection<Long> returnIds) {
}
