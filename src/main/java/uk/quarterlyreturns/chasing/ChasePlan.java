package uk.quarterlyreturns.chasing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.cycle.ChaseSchedule;

/**
 * The chase steps of a return in time order, and which are still to come. A reminder whose time passed
 * before chasing reached it is skipped (a "7 days to go" reminder the day before is no help), and so is every
 * reminder once the deadline has passed (the overdue notice says it all), and one whose time came before the plan was
 * made (the issue notice, or the notice of a moved deadline, said when the return is due); the overdue notice and escalations
 * always go, even late.
 */
final class ChasePlan {

    /** A reminder still worth sending this long after its time (the job executor may lag). */
    static final Duration REMINDER_STILL_USEFUL = Duration.ofHours(12);

    private final List<ChaseStep> steps;
    private final Instant deadline;
    /** The deadline this plan runs to, as its steps' names carry it. */
    private final Instant runsTo;
    /** The deadline a step named without one ran to (the cycle's as opened); null when not known here. */
    private final Instant unnamedRanTo;
    private final Instant plannedAt;

    ChasePlan(ChaseSchedule.Schedule schedule) {
        this(schedule, null, null, null);
    }

    ChasePlan(ChaseSchedule.Schedule schedule, Instant extendedTo, Instant openedWith) {
        this(schedule, extendedTo, openedWith, null);
    }

    /**
     * @param extendedTo the extension the plan runs to, or null for the cycle's deadline
     * @param openedWith the deadline the cycle was opened with, or null when it is the plan's. The steps of a plan
     *        run to another deadline are named apart by it, an extended one's (ChaseStep.EXTENDED) as a changed
     *        cycle deadline's (ChaseStep.CHANGED): an overdue notice or escalation sent before the deadline moved does
     *        not stop the same step of the new plan going, and a retried step is still the same step. A plan back at
     *        a deadline it ran to before (an extension withdrawn) has that plan's names, and what it sent counts.
     * @param plannedAt when the plan was made (the return issued, or its deadline moved), or null: a reminder due
     *        before then is not sent (the service has just been told of the return or its new deadline)
     */
    ChasePlan(ChaseSchedule.Schedule schedule, Instant extendedTo, Instant openedWith, Instant plannedAt) {
        this.deadline = schedule.overdueAt();
        String to = extendedTo != null ? ChaseStep.EXTENDED + extendedTo.getEpochSecond()
                : openedWith != null && !openedWith.equals(deadline) ? ChaseStep.CHANGED + deadline.getEpochSecond()
                : "";
        this.runsTo = extendedTo != null ? extendedTo : openedWith != null && to.isEmpty() ? openedWith : deadline;
        this.unnamedRanTo = openedWith != null ? openedWith : extendedTo == null ? deadline : null;
        this.plannedAt = plannedAt;
        List<ChaseStep> list = new ArrayList<>();
        schedule.reminders().forEach(r -> list.add(new ChaseStep("REMINDER_" + r.daysBefore() + to,
                MailKind.REMINDER, r.at())));
        list.add(new ChaseStep("OVERDUE" + to, MailKind.OVERDUE, schedule.overdueAt()));
        list.add(new ChaseStep("ESCALATION_STRATEGIC" + to, MailKind.ESCALATION_STRATEGIC,
                schedule.strategicEscalationAt()));
        list.add(new ChaseStep("ESCALATION_CHIEF_EXECUTIVE" + to, MailKind.ESCALATION_CHIEF_EXECUTIVE,
                schedule.chiefExecutiveEscalationAt()));
        this.steps = List.copyOf(list);
    }

    /** Every step, in time order. */
    List<ChaseStep> steps() {
        return steps;
    }

    /** When the step of this kind is planned (the overdue notice, an escalation); empty for a reminder. */
    Optional<Instant> at(MailKind kind) {
        return kind == MailKind.REMINDER ? Optional.empty()
                : steps.stream().filter(s -> s.kind() == kind).map(ChaseStep::at).findFirst();
    }

    /** The next step not yet done (see {@link #done}), as seen at now. */
    Optional<ChaseStep> next(Instant chasedUntil, Set<String> sent, Instant now) {
        return steps.stream()
                .filter(s -> !done(s, chasedUntil, sent))
                .filter(s -> !s.isReminder() || useful(s, now))
                .findFirst();
    }

    /** The steps due by now and not yet done: the latest reminder only, and every notice and escalation. */
    List<ChaseStep> due(Instant chasedUntil, Set<String> sent, Instant now) {
        List<ChaseStep> due = steps.stream()
                .filter(s -> !done(s, chasedUntil, sent) && !s.at().isAfter(now))
                .filter(s -> !s.isReminder() || useful(s, now))
                .toList();
        Optional<ChaseStep> lastReminder = due.stream().filter(ChaseStep::isReminder).reduce((a, b) -> b);
        return due.stream().filter(s -> !s.isReminder() || lastReminder.map(s::equals).orElse(false)).toList();
    }

    /**
     * Whether a step is done: planned up to when this plan was last chased ({@code chasedUntil}, null once the
     * deadline moves, as the runs before were of another plan), or sent already by its name (under this plan, or
     * under an earlier one with the same deadline). So when a deadline moves back into the past, what the new plan
     * has due and did not send goes, in order, and what it sent does not go again.
     */
    private boolean done(ChaseStep step, Instant chasedUntil, Set<String> sent) {
        return chasedUntil != null && !step.at().isAfter(chasedUntil) || sent.contains(step.key())
                || !step.isReminder() && sentForALaterDeadline(step, sent);
    }

    /**
     * Whether the overdue notice or escalation was sent under a plan running to this deadline or a later one: the
     * service was told it was late then, so it is late now too. An extension withdrawn after its own overdue notice
     * went sends no second one; a deadline moved later sends the new plan's, as that is news.
     */
    private boolean sentForALaterDeadline(ChaseStep step, Set<String> sent) {
        String kind = ChaseStep.unnamed(step.key());
        return sent.stream().filter(key -> ChaseStep.unnamed(key).equals(kind))
                .map(key -> ChaseStep.ranTo(key).orElse(unnamedRanTo))
                .anyMatch(ranTo -> ranTo != null && !ranTo.isBefore(runsTo));
    }

    private boolean useful(ChaseStep reminder, Instant now) {
        return !reminder.at().isBefore(now.minus(REMINDER_STILL_USEFUL)) && now.isBefore(deadline)
                && (plannedAt == null || !reminder.at().isBefore(plannedAt));
    }
}
