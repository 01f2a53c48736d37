package uk.quarterlyreturns.base.mail.templates;

import java.time.ZonedDateTime;

/**
 * One event in a {@link DigestMail}: what the event's own email would have said in its subject line, and where
 * to act on it. Use {@link #of(MailKind, ReturnMail)} or {@link #of(MailKind, ReportMail)} so the subject matches
 * the single email exactly.
 *
 * @param subject the event's own subject line; needed
 * @param serviceName null for report events
 * @param quarterName e.g. "Quarter 2 (July to September) 2017/18"; null for report events
 * @param deadline when the return is due, printed as its own email prints it (London time); null for report events
 * @param closesIn e.g. "closes in 2 days" or "3 days overdue", as the return stands when the digest goes; null when
 *        it does not apply
 * @param link absolute http(s) address of the task or report; needed
 * @param happenedAt when the event's own email would have gone, so that its subject's "closes in 3 days" reads as
 *        of then; null when not known
 * @param message what its sender typed into it (a chase's words), given under it; null when nothing was typed
 */
public record DigestItem(String subject, String serviceName, String quarterName, ZonedDateTime deadline,
        String closesIn, String link, ZonedDateTime happenedAt, String message) {

    /** An event with nothing typed into it. */
    public DigestItem(String subject, String serviceName, String quarterName, ZonedDateTime deadline,
            String closesIn, String link, ZonedDateTime happenedAt) {
        this(subject, serviceName, quarterName, deadline, closesIn, link, happenedAt, null);
    }

    /** The digest line for an event about a service's return. */
    public static DigestItem of(MailKind kind, ReturnMail mail) {
        return new DigestItem(MailSubjects.forReturn(kind, mail), mail.serviceName(), mail.quarterName(),
                mail.deadline(), mail.closesIn(), mail.link(), null);
    }

    /** The digest line for an event about the corporate report. */
    public static DigestItem of(MailKind kind, ReportMail mail) {
        return new DigestItem(MailSubjects.forReport(kind, mail), null, null, null, null, mail.link(), null);
    }
}
