package uk.quarterlyreturns.base.mail.templates;

import java.util.Locale;

/**
 * The emails sent while a quarter's returns are chased, signed off and reported, and those telling people of
 * changes to their account, a cycle that did not open by itself, and a cycle's steps that stopped. Each has a subject, a
 * plain-text part and an HTML part, rendered by {@link MailTemplates} from the model its {@link #model()} names.
 */
public enum MailKind {

    /**
     * A service's return for the quarter is issued: to its director and data officers. Each mail to the director
     * goes also to the deputy for the day (see chasing.ReturnRecipients).
     */
    RETURN_ISSUED(Model.RETURN, "Return issued"),
    /** A scheduled reminder before the deadline, with how many items are still empty and which. */
    REMINDER(Model.RETURN, "Reminder"),
    /** The deadline has passed: to the service director and the performance team. */
    OVERDUE(Model.RETURN, "Overdue"),
    /** Still overdue after the grace period: to the directorate's strategic director. */
    ESCALATION_STRATEGIC(Model.RETURN, "Escalated to the strategic director"),
    /** Still overdue after the strategic director was told: to the chief executive. */
    ESCALATION_CHIEF_EXECUTIVE(Model.RETURN, "Escalated to the chief executive"),
    /** A chase by hand from the performance team, optionally with a personal message. */
    CHASE(Model.RETURN, "Chase"),
    /** The director or the performance team sent the return back for changes, with a comment. */
    SENT_BACK(Model.RETURN, "Sent back"),
    /** The performance team reopened an accepted return for correction (after publication, or before), with why. */
    RETURN_REOPENED(Model.RETURN, "Return reopened"),
    /**
     * The performance team agreed a later deadline for one return, with why: to its director (and the deputy for the
     * day) and data officers, with the new deadline.
     */
    DEADLINE_EXTENDED(Model.RETURN, "Deadline extended"),
    /**
     * The performance team changed the return's deadline otherwise (an extension withdrawn, the cycle's deadline
     * corrected), with why: to the same people, with the deadline it now has.
     */
    DEADLINE_CHANGED(Model.RETURN, "Deadline changed"),
    /** A data officer submitted the return: to the service director, who signs it off. */
    AWAITING_SIGN_OFF(Model.RETURN, "Awaiting sign-off"),
    /**
     * The director (or the deputy) signed the return off: to the performance team, who check it, except anyone who
     * prepared, submitted or signed it off (they may not accept it).
     */
    READY_FOR_CHECK(Model.RETURN, "Ready for check"),
    /**
     * The performance team challenged a measure or key action of the signed-off return, with their question: to those
     * who may answer it, the service's director (and the deputy for the day) and data officers. The return cannot be
     * accepted until it is answered.
     */
    CHALLENGED(Model.RETURN, "Challenge"),
    /**
     * The service answered a challenge, with its answer: to whoever made the challenge, or to the performance team who
     * may accept the return when they no longer may.
     */
    CHALLENGE_ANSWERED(Model.RETURN, "Challenge answered"),
    /** The compiled report is ready: to the chief executive, who approves it or returns it. */
    REPORT_FOR_APPROVAL(Model.REPORT, "Report for approval"),
    /** The chief executive returned the report with comments: to the performance team. */
    REPORT_RETURNED(Model.REPORT, "Report returned"),
    /** An approved report (or a corrected version of one) is published: to its readers. */
    REPORT_PUBLISHED(Model.REPORT, "Report published"),
    /**
     * The report waits for approval and no chief executive may approve it (none, or each had a hand in it), and why:
     * to the performance team and the administrators, who name another.
     */
    REPORT_NOBODY_APPROVES(Model.REPORT, "Nobody may approve the report"),
    /** One mail a day listing the events above, for people who chose a digest. */
    DAILY_DIGEST(Model.DIGEST, "Daily digest"),
    /** An administrator reset the person's password: to the person. */
    ACCOUNT_PASSWORD_RESET(Model.ACCOUNT, "Password reset"),
    /** The person changed their own password: to the person. */
    ACCOUNT_PASSWORD_CHANGED(Model.ACCOUNT, "Password changed"),
    /** The person's email address changed: to the old address and to the new one. */
    ACCOUNT_EMAIL_CHANGED(Model.ACCOUNT, "Email address changed"),
    /** The person asked for a link to reset a forgotten password: the link, to their address. */
    ACCOUNT_RESET_LINK(Model.ACCOUNT, "Password reset link"),
    /**
     * The timer could not open a quarter's cycle, and why: to the performance team, once for each reason, and once
     * more when it stops trying.
     */
    CYCLE_NOT_OPENED(Model.OPENING, "Cycle not opened"),
    /**
     * Steps of a cycle failed every time they were tried and wait to be tried again (a report that did not compile, a
     * notice not written): to the performance team, once for each step that stops.
     */
    STEPS_STOPPED(Model.STOPPED, "Steps stopped");

    /** Which record an email of this kind is rendered from. */
    public enum Model {
        /** {@link ReturnMail}: one service's return for one quarter. */
        RETURN,
        /** {@link ReportMail}: the compiled corporate report. */
        REPORT,
        /** {@link DigestMail}: a day's events for one person. */
        DIGEST,
        /** {@link AccountMail}: a change to one person's account. */
        ACCOUNT,
        /** {@link OpeningMail}: a quarter's cycle the timer could not open. */
        OPENING,
        /** {@link StoppedStepsMail}: a cycle's steps that stopped. */
        STOPPED
    }

    private final Model model;
    private final String words;

    MailKind(Model model, String words) {
        this.model = model;
        this.words = words;
    }

    /** What the outbox calls a message of this kind, as its readers would: "Escalated to the chief executive". */
    public String words() {
        return words;
    }

    /** The words for a recorded message's kind; a kind this release does not send is shown as recorded. */
    public static String words(String kind) {
        for (MailKind known : values()) {
            if (known.name().equals(kind)) {
                return known.words;
            }
        }
        return kind;
    }

    /** The record this kind is rendered from. */
    public Model model() {
        return model;
    }

    /** Base name of this kind's templates under {@code mail/}, e.g. {@code reminder} for reminder.txt and .html. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
