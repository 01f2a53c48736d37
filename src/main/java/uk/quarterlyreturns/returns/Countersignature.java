package uk.quarterlyreturns.returns;

import java.time.Instant;

/**
 * A strategic director's countersignature of one sign-off of a return.
 *
 * @param byName   the countersigner's name as people know it (their username if they have since gone)
 * @param comment  their optional comment, or null
 * @param standing it is for the return's latest sign-off, and the return is signed off or accepted; an earlier
 *                 one (the return sent back or reopened since) is kept on record but no longer stands
 */
public record Countersignature(long id, long returnId, String by, String byName, Instant at, String comment,
        boolean standing) {
}
