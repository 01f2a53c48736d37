package uk.quarterlyreturns.chasing;

import java.time.Instant;
import uk.quarterlyreturns.base.mail.templates.MailKind;

/** One planned chase of an outstanding return: a reminder, the overdue notice, or an escalation. */
record ChaseStep(String key, MailKind kind, Instant at) {

    /** Between a step's name and the extended deadline its plan runs to: "OVERDUE@1509206400". */
    static final String EXTENDED = uk.quarterlyreturns.returns.TrailWords.EXTENDED_STEP;

    /** Between a step's name and the cycle's deadline its plan runs to, once changed: "OVERDUE#1509206400". */
    static final String CHANGED = uk.quarterlyreturns.returns.TrailWords.CHANGED_STEP;

    boolean isReminder() {
        return kind == MailKind.REMINDER;
    }
}
