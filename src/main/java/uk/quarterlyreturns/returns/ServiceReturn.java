package uk.quarterlyreturns.returns;

import java.time.Instant;

/**
 * Everything one service owes for one quarter, and where it has got to.
 *
 * @param sentBackComment why the return came back to the service (sent back, or reopened for correction), until it
 *        is submitted again; null otherwise
 * @param signOffNote the director's note for the performance team at the latest sign-off, or null
 * @param chasedUntil the time of the last reminder or escalation step done by the return's plan as it stands, or null
 *        before the first (and again once its deadline moves: the plan is new)
 * @param extendedTo the deadline agreed for this return alone, later than its cycle's; null when it has none
 * @param extensionReason why the extension was agreed; null when there is none
 */
public record ServiceReturn(long id, long cycleId, long serviceId, String serviceName, long directorateId,
        String directorateName, ReturnStatus status, Instant firstSubmittedAt, Instant submittedAt,
        String submittedBy, Instant signedOffAt, String signedOffBy, Instant acceptedAt, String acceptedBy,
        String sentBackComment, int version, String signOffNote, Instant chasedUntil, Instant extendedTo,
        String extensionReason) {

    /** A return with no extension agreed. */
    public ServiceReturn(long id, long cycleId, long serviceId, String serviceName, long directorateId,
            String directorateName, ReturnStatus status, Instant firstSubmittedAt, Instant submittedAt,
            String submittedBy, Instant signedOffAt, String signedOffBy, Instant acceptedAt, String acceptedBy,
            String sentBackComment, int version, String signOffNote, Instant chasedUntil) {
        this(id, cycleId, serviceId, serviceName, directorateId, directorateName, status, firstSubmittedAt,
                submittedAt, submittedBy, signedOffAt, signedOffBy, acceptedAt, acceptedBy, sentBackComment, version,
                signOffNote, chasedUntil, null, null);
    }

    /** The return's own deadline: its extension if one was agreed, otherwise its cycle's. */
    public Instant deadline(Instant cycleDeadline) {
        return deadline(extendedTo, cycleDeadline);
    }

    /**
     * A return's own deadline, decided here alone: the extension agreed for it if it has one, otherwise the cycle's.
     * Reminders, the overdue notice, escalations, its task's due date, its mails and whether it was in on time all
     * go by it.
     */
    public static Instant deadline(Instant extendedTo, Instant cycleDeadline) {
        return extendedTo != null ? extendedTo : cycleDeadline;
    }

    public boolean isExtended() {
        return extendedTo != null;
    }

    public boolean isIn() {
        return firstSubmittedAt != null;
    }

    /**
     * Whether the report prints what a return holds: it is in (first submitted) and not sent back for rework. A return
     * sent back stays in for timeliness, but its figures wait until it is submitted again. Next year's history takes
     * this year's figures by the same rule, so "last year's outturn" is what this year's report printed.
     */
    public static boolean reported(Instant firstSubmittedAt, ReturnStatus status) {
        return firstSubmittedAt != null && !status.beingReworked();
    }

    /**
     * Whether the latest submission is of the version the return holds now. Once the return has gone back behind a
     * step (sent back, or reopened for correction), that step was of an earlier version: a reopened return awaiting
     * its correction is neither submitted, signed off nor accepted.
     */
    public boolean submittedThisVersion() {
        return submittedAt != null && ReturnStatus.SUBMITTED_NOW.contains(status);
    }

    /** Whether the latest sign-off is of the version the return holds now (see {@link #submittedThisVersion}). */
    public boolean signedOffThisVersion() {
        return signedOffAt != null && ReturnStatus.SIGNED_OFF_NOW.contains(status);
    }

    /** Whether the latest acceptance is of the version the return holds now (see {@link #submittedThisVersion}). */
    public boolean acceptedThisVersion() {
        return acceptedAt != null && status == ReturnStatus.ACCEPTED;
    }

    /** Still with the service: reminders and escalations apply. */
    public boolean isOutstanding() {
        return status == ReturnStatus.NOT_STARTED || status == ReturnStatus.DRAFT;
    }

    /** How the return stands, for a refusal: "Housing's return is submitted", or that nothing is due of it. */
    public String standing() {
        return status == ReturnStatus.WITHDRAWN ? serviceName + " has nothing due this quarter"
                : serviceName + "'s return is " + status.label().toLowerCase();
    }

    /**
     * In on time: first submitted by the deadline. The first submission decides, so one in on time, sent back and
     * submitted again after the deadline stays on time; one not in is neither on time nor late.
     */
    public static boolean onTime(Instant firstSubmittedAt, Instant deadline) {
        return firstSubmittedAt != null && !firstSubmittedAt.isAfter(deadline);
    }

    /**
     * Overdue at a moment: owed (not withdrawn with nothing due), not yet in, and the deadline passed. A return in
     * late, or sent back after it was in, is no longer overdue: it was in.
     */
    public static boolean overdue(Instant firstSubmittedAt, ReturnStatus status, Instant deadline, Instant at) {
        return status != ReturnStatus.WITHDRAWN && firstSubmittedAt == null && at.isAfter(deadline);
    }

    public boolean isChaseable() {
        return chaseable(firstSubmittedAt, status);
    }

    /**
     * Owed late at a moment: chaseable, and its own deadline (its extension, or the cycle's as it stands then) gone
     * by. A chase of the late ones asks this again as it sends: a page read before an extension was agreed, or before
     * the cycle's deadline moved later, shows late a return that is not.
     */
    public boolean owedLate(Instant cycleDeadline, Instant at) {
        return isChaseable() && at.isAfter(deadline(cycleDeadline));
    }

    /**
     * Not in yet, or sent back or reopened for correction after it was in: the service has work to do and may be
     * chased by hand (a correction to a published report waits on it as much). A return withdrawn with nothing left
     * due is owed no more.
     */
    public static boolean chaseable(Instant firstSubmittedAt, ReturnStatus status) {
        return status != ReturnStatus.WITHDRAWN && (firstSubmittedAt == null || status == ReturnStatus.SENT_BACK
                || status == ReturnStatus.REOPENED);
    }
}
