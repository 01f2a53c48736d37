package uk.quarterlyreturns.chasing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.returns.ReturnEvent;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Tells people when a return reaches them: the director (and the deputy named for the day) on submission, the service when sent back, and the
 * service when its accepted return is reopened for correction, with the reason and whether the report was already
 * published (the reopened return's process does not mail the issue notice again).
 */
@Component
class ReturnStepMails {

    /** The step the reopening's mail is recorded under, in the return's trail and its chases. */
    static final String REOPENED = "REOPENED";

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final PeopleService people;
    private final ReturnMailer mailer;
    private final Delegations delegations;
    private final Clock clock;

    ReturnStepMails(ReturnRepository returns, CycleRepository cycles, PeopleService people, ReturnMailer mailer,
            Delegations delegations, Clock clock) {
        this.delegations = delegations;
        this.clock = clock;
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
            case SUBMITTED -> mailer.send(MailKind.AWAITING_SIGN_OFF, r, cycle, signers(r).stream()
                            .filter(d -> !d.username().equals(event.user())).toList(),
                    ReturnMailer.About.step("SUBMITTED"));
            case SENT_BACK -> mailer.send(MailKind.SENT_BACK, r, cycle, people.serviceStaff(r.serviceId()),
                    new ReturnMailer.About("SENT_BACK", event.user(), event.comment(), null, null, null, null, 0));
            case REOPENING -> mailer.send(MailKind.RETURN_REOPENED, r, cycle, people.serviceStaff(r.serviceId()),
                    new ReturnMailer.About(REOPENED, event.user(), event.comment(), senderName(event.user()), null,
                            null, null, 0, afterPublication(cycle)));
            default -> { }
        }
    }

    /** Who may sign the return off today: its director, and the deputy named while the director is away. */
    private List<Person> signers(ServiceReturn r) {
        List<String> deputies = delegations.activeDeputies(r.serviceId(), LocalDate.now(clock));
        return Stream.concat(people.inService(r.serviceId(), Role.SERVICE_DIRECTOR).stream(),
                deputies.isEmpty() ? Stream.empty() : people.find(deputies).stream()).toList();
    }

    /**
     * Whether the quarter's report was published before this reopening: the cycle says so until the correction
     * starts, and a correction under way keeps its reason as the next version's note (whichever listener ran first).
     */
    private boolean afterPublication(Cycle cycle) {
        return cycle.status() == CycleStatus.PUBLISHED || cycles.pendingChangeNote(cycle.id()) != null;
    }

    private String senderName(String username) {
        return username == null ? null : people.find(username).map(Person::displayName).orElse(null);
    }
}
