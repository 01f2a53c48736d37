package uk.quarterlyreturns.chasing;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.people.DirectorNamed;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnEvent;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Tells people when a return reaches them: the director on submission, the performance team on sign-off (whoever
 * may accept it: see ReturnRecipients), the service when sent back, and the service
 * when its accepted return is reopened for correction, with the reason and whether the report was already published
 * (the reopened return's process does not mail the issue notice again). The deputy named for the day is told with
 * the director (see ReturnRecipients); whoever submitted or sent the return back is not told what they did. A
 * director appointed while the return waits on the service gets the mail its step sent, as their predecessor did.
 */
@Component
class ReturnStepMails {

    /** The step the reopening's mail is recorded under, in the return's trail and its chases. */
    static final String REOPENED = "REOPENED";
    /** The step the performance team's "ready for your check" is recorded under. */
    static final String SIGNED_OFF = "SIGNED_OFF";

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final PeopleService people;
    private final ReturnMailer mailer;
    private final ReturnRecipients recipients;

    ReturnStepMails(ReturnRepository returns, CycleRepository cycles, PeopleService people, ReturnMailer mailer,
            ReturnRecipients recipients) {
        this.recipients = recipients;
        this.returns = returns;
        this.cycles = cycles;
        this.people = people;
        this.mailer = mailer;
    }

    @EventListener
    void onReturnEvent(ReturnEvent event) {
        ServiceReturn r = returns.find(event.returnId()).orElseThrow();
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        switch (event.kind()) {
            case SUBMITTED -> mailer.send(MailKind.AWAITING_SIGN_OFF, r, cycle,
                    others(recipients.signers(r), event.user()),
                    new ReturnMailer.About("SUBMITTED", null, null, senderName(event.user()), null, null, null, 0));
            case SIGNED_OFF -> mailer.send(MailKind.READY_FOR_CHECK, r, cycle,
                    others(recipients.checkers(r), event.user()),
                    new ReturnMailer.About(SIGNED_OFF, null, event.comment(), senderName(event.user()), null, null,
                            null, 0));
            case SENT_BACK -> mailer.send(MailKind.SENT_BACK, r, cycle,
                    others(recipients.serviceStaff(r), event.user()),
                    new ReturnMailer.About("SENT_BACK", event.user(), event.comment(),
                            senderName(event.user()), null, null, null, 0));
            case REOPENING -> mailer.send(MailKind.RETURN_REOPENED, r, cycle, recipients.serviceStaff(r),
                    new ReturnMailer.About(REOPENED, event.user(), event.comment(), senderName(event.user()), null,
                            null, null, 0, cycles.publishedOnce(cycle)));
            default -> { }
        }
    }

    /**
     * The new director of a service gets, once and through the outbox, the mail the step their service's return is at
     * sent when it began: the issue notice while it is being prepared in a cycle still collecting, the sent-back or
     * reopened notice with its comment, or "ready for your sign-off". Deputies and data officers were told then.
     */
    @EventListener
    void onDirectorNamed(DirectorNamed named) {
        List<Person> director = people.find(named.director()).stream().toList();
        returns.byProcessInstance(returns.openProcessInstances(named.serviceId())).values()
                .forEach(r -> tellNewDirector(r, cycles.find(r.cycleId()).orElseThrow(), director));
    }

    private void tellNewDirector(ServiceReturn r, Cycle cycle, List<Person> director) {
        switch (r.status()) {
            case NOT_STARTED, DRAFT -> {
                if (cycle.status() == CycleStatus.OPEN) {
                    mailer.send(MailKind.RETURN_ISSUED, r, cycle, director, ReturnMailer.About.step("ISSUED"));
                }
            }
            case SENT_BACK -> mailer.send(MailKind.SENT_BACK, r, cycle, director, new ReturnMailer.About("SENT_BACK",
                    null, r.sentBackComment(), null, null, null, null, 0));
            case REOPENED -> mailer.send(MailKind.RETURN_REOPENED, r, cycle, director, new ReturnMailer.About(
                    REOPENED, null, r.sentBackComment(), null, null, null, null, 0, cycles.publishedOnce(cycle)));
            case SUBMITTED -> mailer.send(MailKind.AWAITING_SIGN_OFF, r, cycle, director,
                    ReturnMailer.About.step("SUBMITTED"));
            default -> { }
        }
    }

    /** Those told, but not whoever took the step: a director (or deputy) sending back at sign-off did it. */
    static List<Person> others(List<Person> told, String user) {
        return told.stream().filter(p -> !p.username().equals(user)).toList();
    }


    private String senderName(String username) {
        return username == null ? null : people.find(username).map(Person::displayName).orElse(null);
    }
}
