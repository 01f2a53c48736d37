package uk.quarterlyreturns.chasing;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ChaseCounts;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * The performance team's chase by hand of one return: whom it reaches (the service's people and the deputy for today,
 * with an email address), what it would say, and the chase itself, refused once the return is in or chased since
 * the page showed it.
 */
@Service
public class HandChases {

    /** "16:41 on 30 Oct 2017", when a return was chased. */
    private static final DateTimeFormatter WHEN = UkDateFormat.ofPattern("HH:mm 'on' d MMM yyyy")
            .withZone(LondonTime.ZONE);

    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final ReturnMailer mailer;
    private final ReturnRecipients recipients;
    private final ChaseCounts chaseCounts;
    private final Clock clock;

    HandChases(ReturnRepository returns, CycleRepository cycles, ReturnMailer mailer, ReturnRecipients recipients,
            ChaseCounts chaseCounts, Clock clock) {
        this.clock = clock;
        this.returns = returns;
        this.cycles = cycles;
        this.mailer = mailer;
        this.recipients = recipients;
        this.chaseCounts = chaseCounts;
    }

    /**
     * The performance team chases one return by hand, with an optional message. Refused once the return is in
     * and not sent back (submitted since the page was opened, perhaps): the chase would ask for what is done.
     *
     * @throws IllegalStateException when the return is no longer with the service
     */
    @Transactional
    public int chaseByHand(long returnId, Person sender, String message) {
        return chase(lockChaseable(returnId), sender, message);
    }

    /**
     * The same, of the return as a page showed it: refused too when it has been chased since (from another tab, by
     * a colleague, by a chase of many still running), so that one service is not chased twice for the same lateness;
     * and, chased as one of the late ones the page listed ({@code late}), when it is late no more, its deadline
     * extended or the cycle's moved later since the page was read, as the chase would call it late.
     *
     * @param lastChasedShown when the page showed it last chased; null when it showed it never chased
     * @throws IllegalStateException when the return is no longer with the service, was chased since, or is no
     *         longer late
     */
    @Transactional
    public int chaseByHand(long returnId, Person sender, String message, Instant lastChasedShown, boolean late) {
        ServiceReturn r = lockChaseable(returnId);
        Instant last = chaseCounts.forReturn(returnId).lastChased();
        if (last != null && (lastChasedShown == null || last.isAfter(lastChasedShown))) {
            throw new IllegalStateException(r.serviceName() + " was chased at " + WHEN.format(last)
                    + ", after the page was read, so it was not chased again");
        }
        if (late) {
            // the deadline as it stands now, under the return's lock: an extension is agreed in the same lock
            Instant deadline = r.deadline(cycles.find(r.cycleId()).orElseThrow().submissionDeadline());
            if (!r.owedLate(deadline, clock.instant())) {
                throw new IllegalStateException(r.serviceName() + "'s return is not late now: its deadline is "
                        + DeadlineExtension.when(deadline) + (r.isExtended() ? " (extended)" : "")
                        + ", after the page was read, so it was not chased as late");
            }
        }
        return chase(r, sender, message);
    }

    private ServiceReturn lockChaseable(long returnId) {
        ServiceReturn r = returns.lock(returnId);
        if (!r.isChaseable()) {
            throw new IllegalStateException(r.standing() + " now, so it was not chased");
        }
        return r;
    }

    /**
     * Refused when nobody it goes to has an email address: nothing would be sent or recorded, and the compliance
     * screen would go on showing the service never chased, so it is not said to be chased.
     */
    private int chase(ServiceReturn r, Person sender, String message) {
        long returnId = r.id();
        List<Person> to = emailable(r);
        if (to.isEmpty()) {
            throw new IllegalStateException(r.serviceName() + " was not chased: nobody there has an email address");
        }
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        return mailer.send(MailKind.CHASE, r, cycle, to, byHand(returnId, sender, message));
    }

    /** What a chase by hand would send, and to whom, without sending it. */
    public ChasePreview previewByHand(long returnId, Person sender, String message) {
        ServiceReturn r = returns.find(returnId).orElseThrow();
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        List<Person> to = emailable(r);
        return new ChasePreview(to, to.isEmpty() ? null
                : mailer.preview(MailKind.CHASE, r, cycle, to.get(0), byHand(returnId, sender, message)));
    }

    /** Whom a chase by hand goes to: the service's people and the deputy for today, with an email address. */
    public List<Person> recipients(long returnId) {
        return emailable(returns.find(returnId).orElseThrow());
    }

    /**
     * Each return as a chase by hand of it would find it, with whom it would email ({@link #recipients(long)}), read
     * in a few statements however many: a chase of hundreds is previewed without reading each one's people apart.
     */
    public Map<Long, ChaseTarget> targets(Collection<Long> returnIds) {
        Collection<ServiceReturn> rs = returns.findAll(returnIds).values();
        Map<Long, List<Person>> staff = recipients.serviceStaff(rs);
        Map<Long, ChaseTarget> targets = new HashMap<>();
        rs.forEach(r -> targets.put(r.id(), new ChaseTarget(r, emailable(staff.get(r.id())))));
        return targets;
    }

    /** A return as it stands now, and whom a chase by hand of it would email (nobody, perhaps). */
    public record ChaseTarget(ServiceReturn r, List<Person> recipients) {

        public boolean reachesSomeone() {
            return !recipients.isEmpty();
        }
    }

    private List<Person> emailable(ServiceReturn r) {
        return emailable(recipients.serviceStaff(r));
    }

    private static List<Person> emailable(List<Person> staff) {
        return staff.stream().filter(p -> p.email() != null).distinct().toList();
    }

    /** The people a chase goes to, and the email the first of them would get (null when nobody has an address). */
    public record ChasePreview(List<Person> recipients, RenderedMail mail) {
    }

    private ReturnMailer.About byHand(long returnId, Person sender, String message) {
        return new ReturnMailer.About("MANUAL", sender.username(), blankToNull(message), sender.displayName(), null,
                null, null, chaseCounts.forReturn(returnId).reminders());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
