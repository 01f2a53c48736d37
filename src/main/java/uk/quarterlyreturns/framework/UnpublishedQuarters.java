package uk.quarterlyreturns.framework;

import java.util.List;
import java.util.function.Supplier;

/**
 * The year's quarters whose report is not yet published, read once per import and only when a check needs them.
 * Reading them locks every return of the year and then the year's cycles until the transaction ends: a submission,
 * an acceptance or a reopening takes its return and then its cycle, and an import taking them the other way round
 * could wait for one of those while it waits for the import, until PostgreSQL failed one of the two.
 */
final class UnpublishedQuarters implements Supplier<List<Integer>> {

    private final ReturnLocks locks;
    private final YearRepository years;
    private final long yearId;
    private List<Integer> quarters;

    UnpublishedQuarters(ReturnLocks locks, YearRepository years, long yearId) {
        this.locks = locks;
        this.years = years;
        this.yearId = yearId;
    }

    @Override
    public List<Integer> get() {
        if (quarters == null) {
            locks.lockYearsReturns(yearId);
            quarters = years.unpublishedQuarters(yearId);
        }
        return quarters;
    }

    /** Whether they were read (and the year's returns and cycles locked) already. */
    boolean read() {
        return quarters != null;
    }
}
