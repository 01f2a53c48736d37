package uk.quarterlyreturns.framework;

import java.util.Collection;
import java.util.Map;
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

    /**
     * For each quarter of the year, the measures whose service's return is submitted, signed off or accepted. Every
     * return of the year the measures belong to stays locked until the transaction ends, whether or not it holds
     * figures of them yet: its submission, sign-off or reopening waits until then.
     */
    Map<Integer, Set<Long>> lockedMeasuresByQuarter(long yearId, Collection<Long> measureIds);

    /**
     * For each published quarter of the year, the measures whose figures are in a return its published report prints
     * as submitted and which is not yet accepted (submitted, or signed off since). Called after
     * {@link #lockedMeasuresByQuarter}, whose locks keep the answer true until the transaction ends.
     */
    Map<Integer, Set<Long>> printedAwaitingAcceptance(long yearId, Collection<Long> measureIds);

    /** Share-locks every return of the year (in id order) until the transaction ends. */
    void lockYearsReturns(long yearId);
}
