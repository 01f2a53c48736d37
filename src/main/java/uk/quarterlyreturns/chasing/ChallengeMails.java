package uk.quarterlyreturns.chasing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.mail.templates.ReturnMail;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ChallengeEvent;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Tells the other side of a challenge in the quality check: the service, who must answer it before the return can be
 * accepted and have no task leading them to a signed-off return (its director, the deputy of the day and its data
 * officers, as a return sent back is told); then whoever challenged, of the answer. A challenger no longer in the
 * performance team (or disabled) cannot act on it, so the team who may accept the return are told instead.
 */
@Component
class ChallengeMails {

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final PeopleService people;
    private final ReturnMailer mailer;
    private final ReturnRecipients recipients;
    private final Challenges challenges;

    ChallengeMails(ReturnRepository returns, CycleRepository cycles, PeopleService people, ReturnMailer mailer,
            ReturnRecipients recipients, Challenges challenges) {
        this.returns = returns;
        this.cycles = cycles;
        this.people = people;
        this.mailer = mailer;
        this.recipients = recipients;
        this.challenges = challenges;
    }

    @EventListener
    void onChallenge(ChallengeEvent event) {
        ReturnTrail.Event entry = event.entry();
        ServiceReturn r = returns.find(entry.returnId()).orElseThrow();
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        String title = challenges.title(r.id(), entry.item());
        Optional<Person> by = people.find(entry.actor());
        ReturnMailer.About about = new ReturnMailer.About(entry.kind(), entry.actor(), null,
                by.map(Person::displayName).orElse(null), null, null, null, 0);
        if (!event.isAnswer()) {
            List<Person> service = ReturnStepMails.others(recipients.serviceStaff(r), entry.actor());
            mailer.send(MailKind.CHALLENGED, r, cycle, service, about, new ReturnMail.Challenge(entry.item(), title,
                    about.senderName(), entry.comment(), null), entry.id());
            return;
        }
        Map<Person, ReturnTrail.Event> asked = challengersStillChecking(event.answered());
        if (asked.isEmpty()) {
            ReturnTrail.Event latest = event.answered().get(event.answered().size() - 1);
            asked = new LinkedHashMap<>();
            for (Person checker : ReturnStepMails.others(recipients.checkers(r), entry.actor())) {
                asked.put(checker, latest);
            }
        }
        asked.forEach((person, question) -> mailer.send(MailKind.CHALLENGE_ANSWERED, r, cycle, List.of(person), about,
                new ReturnMail.Challenge(entry.item(), title, people.find(question.actor()).map(Person::displayName)
                        .orElse(null), question.comment(), entry.comment()), entry.id()));
    }

    /** Each challenger still in the performance team and enabled, with their latest question answered. */
    private Map<Person, ReturnTrail.Event> challengersStillChecking(List<ReturnTrail.Event> answered) {
        Map<String, ReturnTrail.Event> latestBy = new LinkedHashMap<>();
        answered.forEach(challenge -> latestBy.put(challenge.actor(), challenge));
        Map<Person, ReturnTrail.Event> asked = new LinkedHashMap<>();
        people.find(latestBy.keySet()).stream().filter(p -> p.enabled() && p.has(Role.PERFORMANCE_TEAM))
                .forEach(p -> asked.put(p, latestBy.get(p.username())));
        return asked;
    }
}
