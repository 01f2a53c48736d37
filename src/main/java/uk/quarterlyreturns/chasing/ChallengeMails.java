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
 * performance team (or disabled) cannot act on it, so the team who may accept the return are told too.
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
        List<ReturnTrail.Event> questions = event.answered();
        Map<String, Person> askers = new LinkedHashMap<>();
        people.find(questions.stream().map(ReturnTrail.Event::actor).distinct().toList())
                .forEach(p -> askers.put(p.username(), p));
        List<ReturnMail.Asked> asked = questions.stream().map(q -> new ReturnMail.Asked(Optional.ofNullable(
                askers.get(q.actor())).map(Person::displayName).orElse(null), q.comment())).toList();
        mailer.send(MailKind.CHALLENGE_ANSWERED, r, cycle, told(r, questions, askers, entry.actor()), about,
                new ReturnMail.Challenge(entry.item(), title, asked.get(0).askedBy(), asked.get(0).question(),
                        entry.comment(), asked.subList(1, asked.size())), entry.id());
    }

    /**
     * Whom the answer goes to: each challenger it answers who is still in the performance team and enabled; when any
     * is no longer (left the team, or disabled), the team who may accept the return as well, for a question its
     * asker can no longer act on is the team's. Each gets one mail, with every question it answers.
     */
    private List<Person> told(ServiceReturn r, List<ReturnTrail.Event> questions, Map<String, Person> askers,
            String answeredBy) {
        Map<String, Person> told = new LinkedHashMap<>();
        askers.values().stream().filter(ChallengeMails::stillChecking).forEach(p -> told.put(p.username(), p));
        if (questions.stream().map(q -> askers.get(q.actor())).anyMatch(p -> p == null || !stillChecking(p))) {
            ReturnStepMails.others(recipients.checkers(r), answeredBy).forEach(p -> told.putIfAbsent(p.username(), p));
        }
        return List.copyOf(told.values());
    }

    private static boolean stillChecking(Person challenger) {
        return challenger.enabled() && challenger.has(Role.PERFORMANCE_TEAM);
    }
}
