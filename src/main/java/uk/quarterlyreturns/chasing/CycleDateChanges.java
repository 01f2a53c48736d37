package uk.quarterlyreturns.chasing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.api.ConfirmationRequiredException;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.CycleDatesChange;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * The performance team changes an open cycle's deadline and compilation date (a typo mended, a date moved): every
 * return not yet in is planned again from its own deadline, its open task falls due then, its service is told when
 * that deadline changed, and the report's compilation waits for the new date. The change is kept, and shown.
 */
@Service
public class CycleDateChanges {

    /** Why the API's 409 lists what to agree to, as the dialog asks it. */
    public static final String TO_CONFIRM = "toConfirm";

    /** One change of a cycle's dates, as the compliance screen shows it. */
    public record Change(String by, Instant at, Instant oldDeadline, Instant newDeadline, Instant oldCompilation,
            Instant newCompilation, String reason) {
    }

    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final DeadlineMoved moved;
    private final ChaseReplanning replanning;
    private final CompilationTimer compilation;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final OnTimeAfterAMove onTime;

    CycleDateChanges(CycleRepository cycles, ReturnRepository returns, DeadlineMoved moved,
            ChaseReplanning replanning, CompilationTimer compilation, JdbcClient jdbc, Clock clock,
            OnTimeAfterAMove onTime) {
        this.onTime = onTime;
        this.cycles = cycles;
        this.returns = returns;
        this.moved = moved;
        this.replanning = replanning;
        this.compilation = compilation;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A return's own deadline once the cycle's moves to {@code deadline}: its extension, unless the move overtakes it.
     * In already, an extension overtaken ends as an owed one's does: judged late against it, the return would be the
     * only one held to a deadline earlier than the cycle's.
     */
    static Instant deadlineAfter(ServiceReturn r, Instant deadline) {
        return r.isExtended() && r.extendedTo().isAfter(deadline) ? r.extendedTo() : deadline;
    }

    /** The returns already in that a new deadline would judge on time where they were late, or the reverse. */
    public List<String> onTimeChanges(long cycleId, Instant deadline) {
        return onTime.changes(cycleId, deadline);
    }

    /** What the change would ask first, in words; refused as the change itself would be. */
    public List<String> questions(long cycleId, Instant deadline, Instant compilationDate, String reason) {
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        return check(cycle, deadline, compilationDate, reason, owed(cycleId)).words(DeadlineExtension.when(deadline));
    }

    /**
     * Changes the dates of the cycle as the page showed them.
     *
     * @param agreed whether its maker agreed to the questions (a deadline already past, extensions that end), whatever
     *        they are: the API's "agreed", sent once the 409 has listed them
     * @throws ConfirmationRequiredException when there are questions not agreed to; nothing changed
     * @throws IllegalStateException when compilation has begun, or the dates changed since the page was read
     * @throws IllegalArgumentException when the dates or the reason will not do
     */
    @Transactional
    public Cycle change(long cycleId, Person by, Instant deadline, Instant compilationDate, String reason,
            Instant deadlineShown, Instant compilationShown, boolean agreed) {
        return change(cycleId, by, deadline, compilationDate, reason, deadlineShown, compilationShown,
                agreed ? null : List.of());
    }

    /**
     * The same, agreeing to the questions its maker was asked ({@link #questions}) and to no others: the dates were
     * read, and the questions asked, before they confirmed, and a question that arose since goes through unasked.
     *
     * @param asked the questions asked and agreed to, in words; null: whatever the change asks
     * @throws ConfirmationRequiredException listing the questions not asked; nothing changed
     */
    @Transactional
    public Cycle change(long cycleId, Person by, Instant deadline, Instant compilationDate, String reason,
            Instant deadlineShown, Instant compilationShown, List<String> asked) {
        if (by == null || !by.enabled() || !by.has(Role.PERFORMANCE_TEAM)) {
            throw new NotAllowedException("Only the performance team may change a cycle's dates");
        }
        // every return before the cycle, the one order of these locks (docs/architecture.md): an acceptance holding
        // its return and waiting for the cycle would otherwise wait for this change as it waited for that return
        returns.lockAll(cycleId);
        cycles.lock(cycleId);
        Cycle before = cycles.find(cycleId).orElseThrow();
        if (!before.submissionDeadline().equals(deadlineShown) || !before.compilationDate().equals(compilationShown)) {
            throw new IllegalStateException("The " + before.shortName() + " cycle's dates were changed after the page"
                    + " was read, so they were not changed again");
        }
        // read once: each return is checked again in its lock against what was checked here
        List<ServiceReturn> owed = owed(cycleId);
        CycleDatesChange.Questions questions = check(before, deadline, compilationDate, reason, owed);
        List<String> notAgreed = asked == null ? List.of()
                : questions.notAsked(asked, DeadlineExtension.when(deadline));
        if (!notAgreed.isEmpty()) {
            throw new ConfirmationRequiredException("Agree to these first; nothing was changed", TO_CONFIRM,
                    notAgreed);
        }
        String why = reason.strip();
        jdbc.sql("update cycle set submission_deadline = :d, compilation_date = :c where id = :id")
                .param("d", Timestamp.from(deadline)).param("c", Timestamp.from(compilationDate))
                .param("id", cycleId).update();
        jdbc.sql("""
                insert into cycle_date_change (cycle_id, changed_by, changed_at, old_deadline, new_deadline,
                    old_compilation, new_compilation, reason)
                values (:c, :by, :at, :od, :nd, :oc, :nc, :why)""").param("c", cycleId).param("by", by.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("od", Timestamp.from(before.submissionDeadline())).param("nd", Timestamp.from(deadline))
                .param("oc", Timestamp.from(before.compilationDate())).param("nc", Timestamp.from(compilationDate))
                .param("why", why).update();
        Cycle after = cycles.find(cycleId).orElseThrow();
        for (ServiceReturn checked : owed) {
            replan(returns.lock(checked.id()), checked, before, after, by, why, questions);
        }
        for (ServiceReturn in : returns.forCycle(cycleId)) {
            if (!in.isIn() || in.status() == ReturnStatus.WITHDRAWN) {
                continue;
            }
            returns.lock(in.id());
            boolean ended = in.isExtended() && !in.extendedTo().isAfter(deadline);
            if (ended) {
                jdbc.sql("update service_return set extended_to = null, extension_reason = null where id = :id")
                        .param("id", in.id()).update();
                moved.extensionOvertaken(in, by, deadline, why);
            }
            Instant now = deadlineAfter(in, deadline);
            if (!in.deadline(before.submissionDeadline()).equals(now)) {
                replanning.tasksDueAt(in.id(), now);
            }
        }
        compilation.move(cycleId, compilationDate);
        return after;
    }

    /**
     * Whether the cycle's dates may be changed now, for a screen to offer it only then: collecting returns, its
     * compilation neither begun nor due (a correction after publication has none to move).
     */
    public boolean changeable(Cycle cycle) {
        return cycle.status() == CycleStatus.OPEN && cycle.compilationDate().isAfter(clock.instant())
                && !compilation.begun(cycle.id());
    }

    /** The changes of a cycle's dates, oldest first. */
    public List<Change> changes(long cycleId) {
        return jdbc.sql("""
                select changed_by, changed_at, old_deadline, new_deadline, old_compilation, new_compilation, reason
                from cycle_date_change where cycle_id = :c order by changed_at, id""").param("c", cycleId)
                .query((rs, n) -> new Change(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getString(7))).list();
    }

    private CycleDatesChange.Questions check(Cycle cycle, Instant deadline, Instant compilationDate, String reason,
            List<ServiceReturn> owed) {
        return CycleDatesChange.check(cycle.status() == CycleStatus.OPEN && !compilation.begun(cycle.id()),
                cycle.submissionDeadline(), cycle.compilationDate(), deadline, compilationDate, reason,
                owed.stream().map(r -> new CycleDatesChange.Owed(r.serviceName(), r.extendedTo()))
                        .toList(), clock.instant());
    }

    /** The returns not yet in and not withdrawn: those a deadline still applies to. */
    private List<ServiceReturn> owed(long cycleId) {
        return returns.forCycle(cycleId).stream().filter(r -> !r.isIn() && r.status() != ReturnStatus.WITHDRAWN)
                .toList();
    }

    /**
     * One return, in its lock: an extension the new deadline overtakes ends; when its own deadline moved, its history
     * says so, its service is told, and its task and chase follow.
     */
    private void replan(ServiceReturn r, ServiceReturn checked, Cycle before, Cycle after, Person by, String why,
            CycleDatesChange.Questions questions) {
        if (r.isIn()) {
            return; // submitted while the change waited for the lock: its deadline no longer matters
        }
        // an extension agreed (or withdrawn) while the change waited for the lock was checked against the old dates:
        // kept, it could end after the new compilation date, or before the new deadline
        if (!Objects.equals(r.extendedTo(), checked.extendedTo())) {
            throw new IllegalStateException(r.serviceName() + "'s deadline was changed while the cycle's dates were"
                    + " being changed, so the dates were not changed: read them again");
        }
        Instant from = r.deadline(before.submissionDeadline());
        if (questions.extensionsEnded().contains(r.serviceName())) {
            jdbc.sql("update service_return set extended_to = null, extension_reason = null where id = :id")
                    .param("id", r.id()).update();
        }
        ServiceReturn now = returns.find(r.id()).orElseThrow();
        Instant to = now.deadline(after.submissionDeadline());
        if (from.equals(to)) {
            return;
        }
        moved.follow(now, after, by, r.isExtended() && !now.isExtended()
                ? "Cycle's deadline changed; extension ended" : "Cycle's deadline changed", from, to, why,
                MailKind.DEADLINE_CHANGED, "DEADLINE_CHANGED");
    }
}
