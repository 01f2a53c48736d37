package uk.quarterlyreturns.chasing;

import java.time.Instant;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * What follows when a return's own deadline moves, by an extension or by its cycle's deadline: its history says so,
 * its service is told, and its task and chase follow. In the caller's transaction, the return locked.
 */
@Component
class DeadlineMoved {

    private final ReturnTrail trail;
    private final ReturnMailer mailer;
    private final ReturnRecipients recipients;
    private final ChaseReplanning replanning;

    DeadlineMoved(ReturnTrail trail, ReturnMailer mailer, ReturnRecipients recipients, ChaseReplanning replanning) {
        this.trail = trail;
        this.mailer = mailer;
        this.recipients = recipients;
        this.replanning = replanning;
    }

    /**
     * The extension of a return already in, ended by its cycle's new deadline overtaking it: its history says so.
     * Nobody is told, as the service owes nothing.
     */
    void extensionOvertaken(ServiceReturn in, Person by, Instant cycleDeadline, String reason) {
        trail.record(in.id(), by.username(), DeadlineExtension.TRAIL_KIND, "Cycle's deadline changed; extension ended",
                DeadlineExtension.when(in.extendedTo()), DeadlineExtension.when(cycleDeadline), reason);
    }

    /**
     * @param now    the return as it now stands
     * @param what   the history's words for the move ("Extended", "Cycle's deadline changed")
     * @param kind   the mail the service gets, and {@code about} its kind of event
     */
    void follow(ServiceReturn now, Cycle cycle, Person by, String what, Instant from, Instant to, String reason,
            MailKind kind, String about) {
        trail.record(now.id(), by.username(), DeadlineExtension.TRAIL_KIND, what, DeadlineExtension.when(from),
                DeadlineExtension.when(to), reason);
        mailer.send(kind, now, cycle, recipients.serviceStaff(now), new ReturnMailer.About(about, by.username(),
                reason, by.displayName(), null, null, null, 0));
        replanning.replan(now.id(), to);
    }
}
