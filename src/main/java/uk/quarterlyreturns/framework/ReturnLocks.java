package uk.quarterlyreturns.framework;

import java.util.Collection;
import java.util.Set;

/**
 * Which measures' values the feed may no longer change, because their service's return for the quarter
 * is submitted, signed off or accepted. Answered by the returns feature.
 */
public interface ReturnLocks {

    Set<Long> lockedMeasures(long yearId, int quarter, Collection<Long> measureIds);

    /** The key actions whose service's return for the quarter is submitted, signed off or accepted. */
    Set<Long> lockedKeyActions(long yearId, int quarter, Collection<Long> actionIds);

    /** Of these services, those whose return for the quarter is submitted, signed off or accepted. */
    Set<Long> lockedServices(long yearId, int quarter, Collection<Long> serviceIds);
}
