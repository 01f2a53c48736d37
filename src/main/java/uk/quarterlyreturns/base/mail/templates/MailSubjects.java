package uk.quarterlyreturns.base.mail.templates;


/**
 * Subject lines: short, specific, and readable in a crowded inbox, e.g. "Housing's Q2 2017/18 return: Reminder,
 * closes in 2 days". A return's subjects start with its service and quarter, then say what kind of mail it is, so
 * an inbox sorted by subject keeps each service's mails together; the report's start with its quarter, as "Q2
 * 2017/18 corporate report: for your approval". Always one line, whatever a person typed into a
 * service name.
 */
final class MailSubjects {

    private MailSubjects() {
    }

    static String forReturn(MailKind kind, ReturnMail mail) {
        MailChecks.check(kind, mail);
        String ret = MailWords.returnName(mail.serviceName(), mail.quarterName());
        String subject = switch (kind) {
            case RETURN_ISSUED -> ret + " is open: due " + MailDates.date(mail.deadline());
            case REMINDER -> ret + ": Reminder, " + MailWords.oneLine(mail.closesIn());
            // on the deadline's own day "closed today" alone reads as too late to submit: it is overdue, still owed
            case OVERDUE -> ret + (mail.closesIn().contains("overdue") ? " " + MailWords.state(mail.closesIn())
                    : " is overdue: it " + MailWords.oneLine(mail.closesIn()));
            case ESCALATION_STRATEGIC -> ret + ": Escalation, " + MailWords.oneLine(mail.closesIn());
            case ESCALATION_CHIEF_EXECUTIVE -> ret + ": Chief Executive escalation, "
                    + MailWords.oneLine(mail.closesIn());
            case CHASE -> ret + ": " + (MailWords.isBlank(mail.senderName()) ? "Chase"
                    : "Chase from " + mail.senderName()) + ", " + MailWords.oneLine(mail.closesIn());
            case SENT_BACK -> ret + " has been sent back for changes";
            case RETURN_REOPENED -> ret + ": Correction needed, reopened"
                    + (mail.afterPublication() ? " after publication" : "");
            case DEADLINE_EXTENDED -> ret + ": Deadline extended to " + MailDates.date(mail.deadline());
            case DEADLINE_CHANGED -> ret + ": Deadline changed to " + MailDates.date(mail.deadline());
            case AWAITING_SIGN_OFF -> ret + ": Ready for your sign-off";
            case READY_FOR_CHECK -> ret + ": Ready for your check";
            case CHALLENGED -> ret + ": " + mail.challenge().itemCode() + " challenged"
                    + (MailWords.isBlank(mail.senderName()) ? "" : " by " + mail.senderName()) + ", please answer";
            case CHALLENGE_ANSWERED -> ret + ": Challenge on " + mail.challenge().itemCode() + " answered"
                    + (MailWords.isBlank(mail.senderName()) ? "" : " by " + mail.senderName());
            default -> throw new IllegalArgumentException(kind + " is not about a return");
        };
        return MailWords.oneLine(subject);
    }

    static String forReport(MailKind kind, ReportMail mail) {
        MailChecks.check(kind, mail);
        // The version only when there is more than one: a correction's.
        String report = MailWords.shortQuarter(mail.quarterName()) + " corporate report"
                + (mail.version() > 1 ? ", version " + mail.version() : "");
        String subject = switch (kind) {
            case REPORT_FOR_APPROVAL -> report + (mail.returnedAt() == null ? "" : " (revised)")
                    + ": for your approval";
            case REPORT_RETURNED -> report + ": returned with comments";
            case REPORT_PUBLISHED -> report + ": published";
            case REPORT_NOBODY_APPROVES -> report + ": nobody can approve it yet";
            default -> throw new IllegalArgumentException(kind + " is not about the report");
        };
        return MailWords.oneLine(subject);
    }

    static String forAccount(MailKind kind, AccountMail mail) {
        MailChecks.check(kind, mail);
        return switch (kind) {
            case ACCOUNT_PASSWORD_RESET -> "Your Quarterly Returns password was reset";
            case ACCOUNT_PASSWORD_CHANGED -> "Your Quarterly Returns password was changed";
            case ACCOUNT_EMAIL_CHANGED -> "Your Quarterly Returns email address was changed";
            case ACCOUNT_RESET_LINK -> "Reset your Quarterly Returns password";
            default -> throw new IllegalArgumentException(kind + " is not about an account");
        };
    }

    static String forOpening(MailKind kind, OpeningMail mail) {
        MailChecks.check(kind, mail);
        return MailWords.oneLine(MailWords.shortQuarter(mail.quarterName()) + " cycle: "
                + (mail.stoppedTrying() ? "still not open, no longer tried automatically"
                        : "could not open automatically"));
    }

    static String forStopped(MailKind kind, StoppedStepsMail mail) {
        MailChecks.check(kind, mail);
        return MailWords.oneLine(MailWords.shortQuarter(mail.quarterName()) + " cycle: "
                + MailWords.count(mail.steps().size(), "step", "steps") + " stopped, waiting to be tried again");
    }

    static String forDigest(DigestMail digest) {
        MailChecks.check(digest);
        return "Your Quarterly Returns digest for " + MailDates.date(digest.day()) + ": "
                + MailWords.count(digest.items().size(), "update", "updates");
    }
}
