package uk.quarterlyreturns.chasing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * A reminder, overdue notice or escalation that is due: whom it goes to (the service, its director and deputy with the
 * performance team, the strategic director and their cover, the chief executive), what it says of who is told next
 * and who was told before, and the performance team in place of anyone it cannot reach.
 */
@Component
class ChaseStepMail {

    private final PeopleService people;
    private final ReturnMailer mailer;
    private final ReturnRecipients recipients;
    private final EscalationDirectors escalationDirectors;
    private final EscalatedBefore escalatedBefore;
    private final EscalationCovers covers;

    ChaseStepMail(PeopleService people, ReturnMailer mailer, ReturnRecipients recipients,
            EscalationDirectors escalationDirectors, EscalatedBefore escalatedBefore, EscalationCovers covers) {
        this.people = people;
        this.mailer = mailer;
        this.recipients = recipients;
        this.escalationDirectors = escalationDirectors;
        this.escalatedBefore = escalatedBefore;
        this.covers = covers;
    }

    /**
     * Sends the step to whom it is for, or to the performance team, with a note, when none of them can be reached.
     *
     * @param nextEscalationAt when the next escalation is due, for the overdue notice and the first escalation
     * @param remindersSent the reminders and chases by hand so far, as the compliance screen counts them
     */
    void send(ChaseStep step, ServiceReturn r, Cycle cycle, Instant nextEscalationAt, int remindersSent) {
        List<Person> directors = people.inService(r.serviceId(), Role.SERVICE_DIRECTOR);
        String directorName = directors.isEmpty() ? "the service director" : directors.get(0).displayName();
        List<Person> strategic = escalationDirectors.of(r, cycle.yearId());
        List<Person> chiefExecutives = people.withRole(Role.CHIEF_EXECUTIVE);
        // The overdue notice and the first escalation say who is told next; the chief executive's, who was before.
        String next = switch (step.kind()) {
            case OVERDUE -> escalatesTo(strategic, r);
            case ESCALATION_STRATEGIC -> escalatesToChiefExecutive(chiefExecutives);
            default -> null;
        };
        // The overdue notice is for the director and the deputy for today, whom the return waits on.
        List<Person> acting = step.kind() == MailKind.OVERDUE ? recipients.withDeputies(r, directors, List.of())
                : directors;
        List<Person> to = switch (step.kind()) {
            case REMINDER -> recipients.serviceStaff(r);
            case OVERDUE -> concat(acting, people.withRole(Role.PERFORMANCE_TEAM));
            case ESCALATION_STRATEGIC -> strategic;
            case ESCALATION_CHIEF_EXECUTIVE -> chiefExecutives;
            default -> throw new IllegalStateException("Not a chase step: " + step.kind());
        };
        String note = null;
        boolean escalation = step.kind() == MailKind.ESCALATION_STRATEGIC
                || step.kind() == MailKind.ESCALATION_CHIEF_EXECUTIVE;
        if ((escalation || step.kind() == MailKind.REMINDER) && to.stream().noneMatch(ChaseStepMail::reachable)) {
            // A reminder or escalation nobody receives would leave no trace: the performance team gets it instead.
            note = escalation ? nobodyToEscalateTo(step.kind(), r) : nobodyToRemind(r);
            to = people.withRole(Role.PERFORMANCE_TEAM).stream().filter(ChaseStepMail::reachable).toList();
        } else if (step.kind() == MailKind.OVERDUE && acting.stream().noneMatch(ChaseStepMail::reachable)) {
            // Neither the service director nor a deputy can be told: the performance team, who are, learn so.
            note = "This notice reached only the performance team: the " + r.serviceName()
                    + " service has no service director with an email address. Please contact the service.";
        }
        // The chief executive's names whom the first escalation went to then, who may have left since.
        String before = step.kind() == MailKind.ESCALATION_CHIEF_EXECUTIVE ? escalatedBefore.of(r, strategic) : null;
        ReturnMailer.About about = new ReturnMailer.About(step.key(), null, note, null, directorName, before, next,
                remindersSent, false, nextEscalationAt);
        mailer.send(step.kind(), r, cycle, to, about);
        if (step.kind() == MailKind.ESCALATION_STRATEGIC) {
            covers.send(r, cycle, strategic, to, about);
        }
    }

    /** Whom an escalation can reach: enabled, with an email address. */
    static boolean reachable(Person p) {
        return p.enabled() && p.email() != null;
    }

    /**
     * Whom the first escalation will reach, for the overdue notice: the strategic directors who can be reached,
     * or else the performance team, as the first escalation goes to them when no strategic director can be.
     */
    private static String escalatesTo(List<Person> strategic, ServiceReturn r) {
        return strategicDirectors(strategic).orElse("the performance team, as the " + r.directorateName()
                + " directorate has no strategic director who can be reached");
    }

    /** Whom the chief executive's escalation will reach, for the first escalation: the same rule it uses. */
    private static String escalatesToChiefExecutive(List<Person> chiefExecutives) {
        return named(chiefExecutives, "chief executive", "chief executives")
                .orElse("the performance team, as there is no chief executive who can be reached");
    }

    /** The strategic directors an escalation can reach, named; empty when there is none. */
    private static Optional<String> strategicDirectors(List<Person> strategic) {
        return named(strategic, "strategic director", "strategic directors");
    }

    private static Optional<String> named(List<Person> people, String role, String roles) {
        List<String> told = people.stream().filter(ChaseStepMail::reachable).map(Person::displayName).toList();
        return told.isEmpty() ? Optional.empty()
                : Optional.of(String.join(", ", told) + " (" + (told.size() == 1 ? role : roles) + ")");
    }

    private static String nobodyToRemind(ServiceReturn r) {
        return "This reminder comes to the performance team because nobody in the " + r.serviceName()
                + " service has an email address to receive it. Please remind the service, and give its director or"
                + " data officers an email address.";
    }

    private static String nobodyToEscalateTo(MailKind kind, ServiceReturn r) {
        String nobody = kind == MailKind.ESCALATION_STRATEGIC
                ? "The " + r.directorateName() + " directorate has no strategic director"
                : "There is no chief executive";
        return "This escalation comes to the performance team because it had nobody to go to. " + nobody
                + " with an email address who can sign in. Please follow the return up, and set up whoever should"
                + " receive escalations.";
    }

    private static List<Person> concat(List<Person> a, List<Person> b) {
        List<Person> all = new ArrayList<>(a);
        b.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }
}
