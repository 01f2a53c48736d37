package uk.quarterlyreturns.chasing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.mail.ResendRule;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.PersonRepository;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Mail that events overtook while it waited: one asking for a return the service has since submitted would ask for what
 * is done, as would "ready for your check" of a return accepted or sent back since, or a challenge in that check or its
 * answer, or a challenge the service has answered since (and the like for sign-off, send-back and reopening); one
 * saying a return is overdue would be untrue once its deadline was moved later (the service was told the new deadline),
 * and a reminder once the deadline has passed (the overdue notice went); nobody disabled is sent mail, nor mail about a
 * return they may no longer act on (see {@link StillTheirs}: moved to another service, replaced as its director). The
 * daily digest leaves such mail out, and so do its delivery (each try, however long it waited behind other jobs or for
 * the mail server) and "Send again". The report's mail that events overtook is the cycle's to say
 * (ReportMailsOvertaken).
 */
@Component
class OvertakenMail implements ResendRule {

    /** The messages that ask the service for its return: the issue notice and every chase. */
    private static final Set<String> ASKING_FOR_THE_RETURN = Stream.of(MailKind.RETURN_ISSUED, MailKind.REMINDER,
            MailKind.CHASE, MailKind.OVERDUE, MailKind.ESCALATION_STRATEGIC, MailKind.ESCALATION_CHIEF_EXECUTIVE)
            .map(MailKind::name).collect(Collectors.toSet());

    /** The messages that say the return is late: the overdue notice and the escalations. */
    private static final Set<String> SAYING_IT_IS_LATE = Stream.of(MailKind.OVERDUE, MailKind.ESCALATION_STRATEGIC,
            MailKind.ESCALATION_CHIEF_EXECUTIVE).map(MailKind::name).collect(Collectors.toSet());

    /** The messages about the quality check of the version signed off: its "ready for your check" and challenges. */
    private static final Set<String> ABOUT_THE_CHECK = Stream.of(MailKind.READY_FOR_CHECK, MailKind.CHALLENGED,
            MailKind.CHALLENGE_ANSWERED).map(MailKind::name).collect(Collectors.toSet());

    static final String NOT_LATE = "the return's deadline has been moved later since";
    static final String ANSWERED = "the challenge has been answered since";
    static final String DEADLINE_PASSED = "the return's deadline has passed since: the overdue notice went instead";

    private final ReturnRepository returns;
    private final PersonRepository people;
    private final CycleRepository cycles;
    private final Clock clock;
    private final StillTheirs stillTheirs;
    private final Challenges challenges;

    OvertakenMail(ReturnRepository returns, PersonRepository people, CycleRepository cycles, Clock clock,
            StillTheirs stillTheirs, Challenges challenges) {
        this.stillTheirs = stillTheirs;
        this.challenges = challenges;
        this.returns = returns;
        this.people = people;
        this.cycles = cycles;
        this.clock = clock;
    }

    /**
     * Whether the message asks for a return no longer with the service: neither being prepared nor sent back nor
     * reopened for correction.
     */
    static boolean asksForWhatIsIn(OutboxEntry message, ServiceReturn r) {
        return ASKING_FOR_THE_RETURN.contains(message.kind()) && !r.isOutstanding()
                && r.status() != ReturnStatus.SENT_BACK && r.status() != ReturnStatus.REOPENED;
    }

    /**
     * The challenges that these messages ask the service to answer which an answer has followed since, read at once:
     * for {@link #actedOnSince}.
     */
    Set<Long> challengesAnswered(List<OutboxEntry> messages) {
        return challenges.answered(messages.stream().filter(m -> MailKind.CHALLENGED.name().equals(m.kind()))
                .map(ReturnMailer::trailEntry).filter(Objects::nonNull).toList());
    }

    /**
     * Why a message asking someone to act on the return's step is overtaken by that step, or null: "ready for your
     * check" of a sign-off accepted or sent back since (and a challenge in that check, or its answer), a challenge the
     * service has answered since (one of {@code answered}, as {@link #challengesAnswered} read them), "awaiting your
     * sign-off" of a submission signed off or sent back since, "sent back" or "reopened" of a return submitted again
     * since. A later step of the same kind has its own mail.
     */
    static String actedOnSince(OutboxEntry message, ServiceReturn r, Set<Long> answered) {
        String kind = message.kind();
        if (ABOUT_THE_CHECK.contains(kind) && (r.status() != ReturnStatus.SIGNED_OFF
                || r.signedOffAt().isAfter(message.createdAt()))) {
            return "the return has been accepted or sent back since";
        }
        if (MailKind.CHALLENGED.name().equals(kind) && answered.contains(ReturnMailer.trailEntry(message))) {
            return ANSWERED;
        }
        if (MailKind.AWAITING_SIGN_OFF.name().equals(kind) && (r.status() != ReturnStatus.SUBMITTED
                || r.submittedAt().isAfter(message.createdAt()))) {
            return "the return has been signed off or sent back since";
        }
        if ((MailKind.SENT_BACK.name().equals(kind) || MailKind.RETURN_REOPENED.name().equals(kind))
                && r.submittedAt() != null && r.submittedAt().isAfter(message.createdAt())) {
            return "the return has been submitted again since";
        }
        return null;
    }

    /**
     * Whether the message is a reminder of a deadline that has passed: the overdue notice goes instead (a reminder
     * that waited for the mail server, or was sent again by hand after it came back, would say "closes in 2 days").
     */
    static boolean deadlinePassed(OutboxEntry message, ServiceReturn r, Cycle cycle, Instant now) {
        return MailKind.REMINDER.name().equals(message.kind()) && !r.deadline(cycle.submissionDeadline()).isAfter(now);
    }

    /**
     * Whether the message says the return is late when it no longer is: its own deadline (an extension, or the
     * cycle's dates changed) is now still to come.
     */
    static boolean lateNoLonger(OutboxEntry message, ServiceReturn r, Cycle cycle, Instant now) {
        return SAYING_IT_IS_LATE.contains(message.kind()) && r.deadline(cycle.submissionDeadline()).isAfter(now);
    }

    /**
     * The returns and the addressees of all the messages in two statements, not two a message, and who of them may
     * still act on which return in two more when any is about a return (or on the report's way to Cabinet).
     */
    @Override
    public Map<Long, String> whyOvertaken(List<OutboxEntry> messages) {
        Map<Long, ServiceReturn> asked = returns.findAll(messages.stream().map(OutboxEntry::returnId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, List<Person>> addressed = people.findByEmails(messages.stream().map(OutboxEntry::recipient)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(p -> p.email().strip().toLowerCase(Locale.ROOT)));
        Map<Long, String> reasons = new HashMap<>();
        Map<Long, Cycle> cycleOf = new HashMap<>();
        Function<String, BiPredicate<OutboxEntry, ServiceReturn>> theirs = asked.isEmpty()
                && messages.stream().noneMatch(StillTheirs::onTheReport) ? a -> (m, r) -> true
                : stillTheirs.forAddresses(addressed);
        Instant now = clock.instant();
        Set<Long> answered = challengesAnswered(messages);
        for (OutboxEntry m : messages) {
            ServiceReturn r = m.returnId() == null ? null : asked.get(m.returnId());
            String address = m.recipient() == null ? null : m.recipient().strip().toLowerCase(Locale.ROOT);
            List<Person> to = address == null ? List.of() : addressed.getOrDefault(address, List.of());
            String actedOn = r == null ? null : actedOnSince(m, r, answered);
            Cycle cycle = r == null ? null : cycleOf.computeIfAbsent(r.cycleId(), id -> cycles.find(id).orElseThrow());
            if (r != null && asksForWhatIsIn(m, r)) {
                reasons.put(m.id(), r.status() == ReturnStatus.WITHDRAWN
                        ? "it asks for a return that has had nothing due since"
                        : "it asks for a return that has been submitted since");
            } else if (actedOn != null) {
                reasons.put(m.id(), actedOn);
            } else if (r != null && lateNoLonger(m, r, cycle, now)) {
                reasons.put(m.id(), NOT_LATE);
            } else if (r != null && deadlinePassed(m, r, cycle, now)) {
                reasons.put(m.id(), DEADLINE_PASSED);
            } else if (!to.isEmpty() && to.stream().noneMatch(Person::enabled)) {
                reasons.put(m.id(), "its recipient has been disabled since");
            } else if (!theirs.apply(address).test(m, r)) {
                reasons.put(m.id(), StillTheirs.whyNot(m));
            }
        }
        return reasons;
    }
}
