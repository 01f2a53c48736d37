package uk.quarterlyreturns.framework;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which quarters' figures of a year's measures (and key actions' statuses) its reports print as Missing because the measure's service's return
 * for the quarter is not in (never submitted, or sent back and not yet submitted again). Answered by the returns
 * feature, by the rule the report prints by.
 */
public interface FiguresNotIn {

    /** For each of these measures of the year, the quarters whose return is not in; a measure with none is absent. */
    Map<Long, Set<Integer>> quartersNotIn(long yearId, Collection<Long> measureIds);

    /** The services whose return for this quarter of the year is not in, by the same rule (their key actions). */
    Set<Long> servicesNotIn(long yearId, int quarter);
}
