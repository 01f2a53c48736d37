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
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * The performance team agrees a later deadline for one return (its data comes late from elsewhere, say), or
 * withdraws one. In the return's lock and one transaction: the return's trail records it, the service is told, its
 * open task falls due then, and its chase is planned again from its own deadline.
 */
@Service
public class DeadlineExtensions {

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final ReturnRecipients recipients;
    private final DeadlineMoved moved;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineExtensions(ReturnRepository returns, CycleRepository cycles, ReturnRecipients recipients,
            DeadlineMoved moved, WorkingDays workingDays, JdbcClient jdbc, Clock clock) {
        this.returns = returns;
        this.cycles = cycles;
        this.recipients = recipients;
        this.moved = moved;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The deadline the dialog proposes for a return of this cycle. */
    public Instant proposed(Cycle cycle) {
        return DeadlineExtension.proposed(cycle.submissionDeadline(), cycle.compilationDate(), clock.instant(),
                workingDays);
    }

    /**
     * What withdrawing the return's extension does, asked first: by its cycle's deadline as it now stands, which a
     * colleague may have changed since the page read it.
     */
    public String whenWithdrawn(long returnId) {
        Instant back = cycles.find(returns.find(returnId).orElseThrow().cycleId()).orElseThrow().submissionDeadline();
        return DeadlineExtension.whenWithdrawn(back, passed(back));
    }

    /** Whether a moment has passed, by the application's clock. */
    public boolean passed(Instant at) {
        return !at.isAfter(clock.instant());
    }

    /** Whom the service's mail goes to: the director, the deputy for today and the data officers, with an address. */
    public List<Person> toldOfIt(long returnId) {
        return recipients.serviceStaff(returns.find(returnId).orElseThrow()).stream()
                .filter(p -> p.email() != null).distinct().toList();
    }

    /**
     * Extends the return's deadline to {@code extendTo}, again if it was extended before.
     *
     * @param extendedToShown the extension the page showed (null: none), so that a change made since (from another
     *        tab, by a colleague) is not overwritten unseen
     * @throws NotAllowedException for anyone outside the performance team
     * @throws IllegalStateException when the return is in, withdrawn, or changed since the page was read
     * @throws IllegalArgumentException when the deadline or the reason will not do
     */
    @Transactional
    public ServiceReturn extend(long returnId, Person by, Instant extendTo, String reason, Instant extendedToShown) {
        ServiceReturn r = lockAsShown(returnId, by, extendedToShown);
        Cycle cycle = collecting(r);
        DeadlineExtension.check(extendTo, reason, cycle.submissionDeadline(), cycle.compilationDate(),
                clock.instant());
        return change(r, cycle, by, extendTo, reason.strip());
    }

    /**
     * Withdraws the return's extension: it is due at the cycle's deadline again, and overdue at once when that has
     * passed.
     */
    @Transactional
    public ServiceReturn withdraw(long returnId, Person by, String reason, Instant extendedToShown) {
        ServiceReturn r = lockAsShown(returnId, by, extendedToShown);
        if (!r.isExtended()) {
            throw new IllegalStateException(r.serviceName() + "'s return has no extension to withdraw");
        }
        DeadlineExtension.checkReason(reason);
        return change(r, collecting(r), by, null, reason.strip());
    }

    private ServiceReturn lockAsShown(long returnId, Person by, Instant extendedToShown) {
        if (by == null || !by.enabled() || !by.has(Role.PERFORMANCE_TEAM)) {
            throw new NotAllowedException("Only the performance team may change a return's deadline");
        }
        // the return before its cycle, the one order of these locks (docs/architecture.md): the other could deadlock
        ServiceReturn r = returns.lock(returnId);
        cycles.lock(r.cycleId());
        DeadlineExtension.mayExtend(r);
        if (!Objects.equals(r.extendedTo(), extendedToShown)) {
            throw new IllegalStateException(r.serviceName() + "'s deadline was changed to "
                    + (r.isExtended() ? DeadlineExtension.when(r.extendedTo()) : "the cycle's")
                    + " after the page was read, so it was not changed again");
        }
        return r;
    }

    private Cycle collecting(ServiceReturn r) {
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        if (cycle.status() != CycleStatus.OPEN) {
            throw new IllegalStateException("The " + cycle.yearLabel() + " Q" + cycle.quarter() + " cycle is past "
                    + "collecting returns (" + cycle.status().label().toLowerCase() + "), so no deadline was changed");
        }
        return cycle;
    }

    private ServiceReturn change(ServiceReturn r, Cycle cycle, Person by, Instant extendTo, String reason) {
        Instant from = r.deadline(cycle.submissionDeadline());
        jdbc.sql("update service_return set extended_to = :to, extension_reason = :why where id = :id")
                .param("to", extendTo == null ? null : Timestamp.from(extendTo))
                .param("why", extendTo == null ? null : reason).param("id", r.id()).update();
        ServiceReturn changed = returns.find(r.id()).orElseThrow();
        Instant to = changed.deadline(cycle.submissionDeadline());
        moved.follow(changed, cycle, by, extendTo == null ? "Extension withdrawn" : "Extended", from, to, reason,
                extendTo != null ? MailKind.DEADLINE_EXTENDED : MailKind.DEADLINE_CHANGED,
                extendTo != null ? "EXTENDED" : "DEADLINE_CHANGED");
        return changed;
    }
}
