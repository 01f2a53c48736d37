package uk.quarterlyreturns.returns.api;

import java.time.Instant;
import java.util.List;

/**
 * One return as GET .../returns gives it. submission: ON_TIME or LATE once first submitted (against the
 * return's own deadline), else NOT_IN; overdue: not in and the deadline has passed (never one withdrawn with nothing
 * due, which is owed no more). version: the version the return holds now, numbered as the quality check numbers them (its latest submission's while submitted, signed off or
 * accepted; the next one while it is with the service). The submitted, signed-off and accepted times and people are
 * of that version only, null until it reaches the step; a step of a version the return has gone back behind since
 * (sent back, reopened) is in earlierVersion instead, as the return's page marks it. Reminders count the reminder
 * and manual chase steps sent, escalations the overdue notice and escalations; chases lists every one sent,
 * one row per recipient (a username). countersignedBy (a username), countersignedAt and countersignComment: the
 * strategic director's countersignature of the latest sign-off, or null while none stands. deadline: the return's
 * own, extendedTo and extensionReason the extension the performance team agreed for it, or null.
 */
record ReturnJson(long id, String service, String directorate, String status, String statusLabel, String submission,
        boolean overdue, Instant firstSubmittedAt, int version, Instant submittedAt, String submittedBy,
        Instant signedOffAt, String signedOffBy, Instant acceptedAt, String acceptedBy, Steps earlierVersion,
        int remindersSent, int escalationsSent, Instant lastChased, List<Chase> chases, String countersignedBy,
        Instant countersignedAt, String countersignComment, Instant deadline, Instant extendedTo,
        String extensionReason) {

    record Chase(String step, String kind, Instant sentAt, String sentBy, String recipient) {
    }

    /**
     * The latest submission, sign-off and acceptance of an earlier version, each null when the return holds that
     * step in its current version or never took it.
     */
    record Steps(Instant submittedAt, String submittedBy, Instant signedOffAt, String signedOffBy,
            Instant acceptedAt, String acceptedBy) {
    }
}
