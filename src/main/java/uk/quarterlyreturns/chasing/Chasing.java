package uk.quarterlyreturns.chasing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.db.PerTransaction;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ChaseCounts;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnsStarting;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.cycle.ChaseSchedule;
import uk.quarterlyreturns.base.calendar.LondonTime;

/**
 * Chases outstanding returns: reminders before the deadline, the overdue notice at it, then the
 * strategic director and the chief executive. The serviceReturn process asks when the next chase is
 * due ("chasing" in its expressions) and sends it; a return submitted meanwhile is never chased.
 */
@Service(Chasing.BEAN)
public class Chasing {

    /** The name serviceReturn's chasing expressions calls this bean by. */
    public static final String BEAN = "chasing";

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final ReturnMailer mailer;
    private final ReturnRecipients recipients;
    private final ChaseSchedule schedule;
    private final JdbcClient jdbc;
    private final ChaseCounts chaseCounts;
    private final Clock clock;
    private final ChaseStepMail stepMail;
    private final HandChases byHand;
    // The gateway asks whether a chase is left, then its timer when: one read of the return for both.
    private final PerTransaction<Long, ChaseState> chaseStates = new PerTransaction<>();

    Chasing(ReturnRepository returns, CycleRepository cycles, ReturnMailer mailer,
            ReturnRecipients recipients, ChaseSchedule schedule, JdbcClient jdbc, ChaseCounts chaseCounts,
            Clock clock, ChaseStepMail stepMail, HandChases byHand) {
        this.stepMail = stepMail;
        this.byHand = byHand;
        this.recipients = recipients;
        this.returns = returns;
        this.cycles = cycles;
        this.mailer = mailer;
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.chaseCounts = chaseCounts;
        this.clock = clock;
    }

    public boolean hasMoreChases(long returnId) {
        ChaseState state = chaseState(returnId);
        return state.r().isOutstanding() && nextStep(state).isPresent();
    }

    public Date nextChaseAt(long returnId) {
        return Date.from(nextStep(chaseState(returnId)).orElseThrow(() -> new IllegalStateException(
                "No chase left for return " + returnId)).at());
    }

    /** Sends what is due now, under the return's lock: a return submitted meanwhile gets nothing. */
    @Transactional
    public void sendDueChase(long returnId) {
        ServiceReturn r = returns.lock(returnId);
        if (!r.isOutstanding()) {
            return;
        }
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        Instant now = clock.instant();
        // once chased, the plan's earlier steps are done by chased_until, which a new plan clears
        ChasePlan plan = plan(cycle, r, openedWith(cycle), r.chasedUntil() == null ? plannedAt(returnId) : null);
        for (ChaseStep step : plan.due(r.chasedUntil(), sent(List.of(returnId)).get(returnId), now)) {
            stepMail.send(step, r, cycle, nextEscalationAt(plan, step, now), remindersSent(returnId));
        }
        jdbc.sql("update service_return set chased_until = :t where id = :id")
                .param("t", Timestamp.from(now)).param("id", returnId).update();
        chaseStates.forget(returnId);
    }

    /**
     * The return's deadline moved, in the caller's transaction with the return locked: how far its old plan was
     * chased says nothing of the new one, whose steps are done only once sent (ChasePlan). A deadline moved back into
     * the past so has the new plan's overdue notice and escalations sent in order, not those before the last chase
     * skipped.
     */
    void planAfresh(long returnId) {
        jdbc.sql("update service_return set chased_until = null, chase_planned_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", returnId).update();
        chaseStates.forget(returnId);
    }

    /** A chase by hand of one return ({@link HandChases#chaseByHand(long, Person, String)}). */
    public int chaseByHand(long returnId, Person sender, String message) {
        return byHand.chaseByHand(returnId, sender, message);
    }

    /**
     * The same, of the return as a page showed it, perhaps as one of the late ones
     * ({@link HandChases#chaseByHand(long, Person, String, Instant, boolean)}).
     */
    public int chaseByHand(long returnId, Person sender, String message, Instant lastChasedShown, boolean late) {
        return byHand.chaseByHand(returnId, sender, message, lastChasedShown, late);
    }

    public HandChases.ChasePreview previewByHand(long returnId, Person sender, String message) {
        return byHand.previewByHand(returnId, sender, message);
    }

    public List<Person> recipients(long returnId) {
        return byHand.recipients(returnId);
    }

    public Map<Long, HandChases.ChaseTarget> targets(Collection<Long> returnIds) {
        return byHand.targets(returnIds);
    }

    /**
     * The issue notice to the service when its return is issued. The return and its cycle are read as the chase
     * state, which the chase gateway and its timer ask for next in the same transaction: one read for all three.
     * None goes for a return the service submitted before its notice's step ran (moments after a cycle opens, or
     * later while the engine is busy): it would ask for what is done. Read under the return's lock, as a chase is, so
     * that a submission committing meanwhile is seen.
     */
    @Transactional
    public void notifyIssued(long returnId) {
        chaseStates.forget(returnId);
        ChaseState state = chaseStates.get(returnId, id -> stateOf(returns.lock(id)));
        if (!state.r().isChaseable()) {
            return;
        }
        mailer.send(MailKind.RETURN_ISSUED, state.r(), state.cycle(), serviceStaff(state.r()),
                ReturnMailer.About.step("ISSUED"));
    }

    /** Reminders and chases by hand so far, as the compliance screen counts them. */
    public int remindersSent(long returnId) {
        return chaseCounts.forReturn(returnId).reminders();
    }

    /**
     * When the escalation after this step is due, for the overdue notice and the first escalation to say by when;
     * null when it is already due too (a chase that fell behind sends them together).
     */
    private static Instant nextEscalationAt(ChasePlan plan, ChaseStep step, Instant now) {
        MailKind next = switch (step.kind()) {
            case OVERDUE -> MailKind.ESCALATION_STRATEGIC;
            case ESCALATION_STRATEGIC -> MailKind.ESCALATION_CHIEF_EXECUTIVE;
            default -> null;
        };
        return next == null ? null : plan.at(next).filter(at -> at.isAfter(now)).orElse(null);
    }

    private List<Person> serviceStaff(ServiceReturn r) {
        return recipients.serviceStaff(r);
    }

    private Optional<ChaseStep> nextStep(ChaseState state) {
        return plan(state.cycle(), state.r(), state.openedWith(), state.plannedAt()).next(state.r().chasedUntil(),
                state.sent(), clock.instant());
    }

    /**
     * The chase states of returns about to start their processes in this transaction (a cycle's, when it is
     * issued), read at once: each process's chase gateway and timer then read nothing.
     */
    @EventListener
    public void readAhead(ReturnsStarting starting) {
        Map<Long, Cycle> cyclesById = new HashMap<>();
        Map<Long, Instant> openedWith = new HashMap<>();
        Map<Long, ChaseState> states = new HashMap<>();
        Map<Long, Set<String>> sent = sent(starting.returnIds());
        Map<Long, Instant> plannedAt = plannedAt(starting.returnIds());
        returns.findAll(starting.returnIds()).forEach((id, r) -> {
            Cycle cycle = cyclesById.computeIfAbsent(r.cycleId(), c -> cycles.find(c).orElseThrow());
            states.put(id, new ChaseState(r, cycle, openedWith.computeIfAbsent(cycle.id(), c -> openedWith(cycle)),
                    sent.get(id), plannedAt.get(id)));
        });
        chaseStates.rememberAll(states);
    }

    private ChaseState chaseState(long returnId) {
        return chaseStates.get(returnId, id -> stateOf(returns.find(id).orElseThrow()));
    }

    private ChaseState stateOf(ServiceReturn r) {
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        return new ChaseState(r, cycle, openedWith(cycle), sent(List.of(r.id())).get(r.id()), plannedAt(r.id()));
    }

    /**
     * What the next chase depends on: the return's state and how far it has been chased, its cycle, the deadline the
     * cycle was opened with, and the steps sent to the return so far (by name).
     */
    private record ChaseState(ServiceReturn r, Cycle cycle, Instant openedWith, Set<String> sent,
            Instant plannedAt) {
    }

    /** When the return's chase was last planned: when it was issued, or its deadline last moved. */
    private Instant plannedAt(long returnId) {
        return plannedAt(List.of(returnId)).get(returnId);
    }

    private Map<Long, Instant> plannedAt(Collection<Long> returnIds) {
        Map<Long, Instant> at = new HashMap<>();
        if (returnIds.isEmpty()) {
            return at;
        }
        jdbc.sql("select id, chase_planned_at from service_return where id in (:r) and chase_planned_at is not null")
                .param("r", returnIds).query((rs, n) -> at.put(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
        return at;
    }

    /**
     * The steps sent so far to each of these returns, by name (none: an empty set); to a return issued again, only
     * those sent since (it is owed and chased as a new return).
     */
    private Map<Long, Set<String>> sent(Collection<Long> returnIds) {
        Map<Long, Set<String>> sent = new HashMap<>();
        returnIds.forEach(id -> sent.put(id, new HashSet<>()));
        if (!returnIds.isEmpty()) {
            jdbc.sql("""
                    select distinct c.return_id, c.step from chase c join service_return r on r.id = c.return_id
                    where c.return_id in (:r) and c.id > coalesce(r.chases_after, 0)""").param("r", returnIds)
                    .query((rs, n) -> sent.get(rs.getLong(1)).add(rs.getString(2))).list();
        }
        return sent;
    }

    /** The deadline the cycle was opened with: the first change of its dates, if any, says what it was. */
    private Instant openedWith(Cycle cycle) {
        return jdbc.sql("select old_deadline from cycle_date_change where cycle_id = :c order by id limit 1")
                .param("c", cycle.id()).query(Timestamp.class).optional().map(Timestamp::toInstant)
                .orElse(cycle.submissionDeadline());
    }

    /**
     * The return's chase, planned from its own deadline (an extension agreed for it, or its cycle's), its steps named
     * apart when that is not the deadline the cycle opened with.
     */
    private ChasePlan plan(Cycle cycle, ServiceReturn r, Instant openedWith, Instant plannedAt) {
        return new ChasePlan(schedule.plan(r.deadline(cycle.submissionDeadline()).atZone(LondonTime.ZONE),
                cycle.chasePolicy()), r.extendedTo(), openedWith, plannedAt);
    }

    /**
     * When the return is next chased by its plan as it stands now (after an extension, say); empty when it is owed no
     * more chases. The return is read afresh: a change of its deadline in this transaction counts.
     */
    public Optional<Instant> nextChase(long returnId) {
        chaseStates.forget(returnId);
        ChaseState state = chaseState(returnId);
        return state.r().isOutstanding() ? nextStep(state).map(ChaseStep::at) : Optional.empty();
    }
}
