package uk.quarterlyreturns.chasing;

import java.time.Instant;
import uk.quarterlyreturns.base.mail.templates.MailKind;

/** One planned chase of an outstanding return: a reminder, the overdue notice, or an escalation. */
record ChaseStep(String key, MailKind kind, Instant at) {

    boolean isReminder() {
        return kind == MailKind.REMINDER;
    }
}
