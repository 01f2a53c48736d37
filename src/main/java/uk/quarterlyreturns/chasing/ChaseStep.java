package uk.quarterlyreturns.chasing;

import java.time.Instant;
import java.util.Optional;
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

    /** "OVERDUE" of "OVERDUE@1508515200" or "OVERDUE#1508515200": the step without the deadline its plan ran to. */
    static String unnamed(String key) {
        int cut = deadlineAt(key);
        return cut < 0 ? key : key.substring(0, cut);
    }

    /** The deadline a step's plan ran to, as its name carries it; empty for one named without (the cycle's as opened). */
    static Optional<Instant> ranTo(String key) {
        int cut = deadlineAt(key);
        return cut < 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(key.substring(cut + 1))));
    }

    private static int deadlineAt(String key) {
        int extended = key.indexOf(EXTENDED);
        int changed = key.indexOf(CHANGED);
        return extended < 0 ? changed : changed < 0 ? extended : Math.min(extended, changed);
    }
}
