package uk.quarterlyreturns.framework;

import java.util.Map;
import java.util.Set;

/**
 * The returns of the year's quarters being collected now, answered by the returns feature: a change to the framework
 * giving a service something due in such a quarter issues its return at once, unless it has one already.
 */
public interface ReturnsBeingCollected {

    /**
     * For each quarter of the year whose cycle is not yet published (nor being corrected after publication),
     * in order, the services whose return of it is issued and not withdrawn.
     */
    Map<Integer, Set<Long>> issued(long yearId);
}
