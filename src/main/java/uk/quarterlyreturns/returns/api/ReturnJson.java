package uk.quarterlyreturns.returns.api;

import java.time.Instant;
import java.util.List;

/**
 * One return as GET .../returns gives it. submission: ON_TIME or LATE once first submitted (against the
 * cycle's deadline), else NOT_IN; overdue: not in and the deadline has passed. Reminders count the reminder
 * and manual chase steps sent, escalations the overdue notice and escalations; chases lists every one sent,
 * one row per recipient (a username). countersignedBy (a username), countersignedAt and countersignComment: the
 * strategic director's countersignature of the latest sign-off, or null while none stands.
 */
record ReturnJson(long id, String service, String directorate, String status, String statusLabel, String submission,
        boolean overdue, Instant firstSubmittedAt, Instant submittedAt, String submittedBy, Instant signedOffAt,
        String signedOffBy, Instant acceptedAt, String acceptedBy, int remindersSent, int escalationsSent,
        Instant lastChased, List<Chase> chases, String countersignedBy, Instant countersignedAt,
        String countersignComment) {

    record Chase(String step, String kind, Instant sentAt, String sentBy, String recipient) {
    }
}
