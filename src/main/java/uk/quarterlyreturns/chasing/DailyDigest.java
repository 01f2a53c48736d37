package uk.quarterlyreturns.chasing;

import uk.quarterlyreturns.base.mail.Links;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.mail.templates.DigestItem;
import uk.quarterlyreturns.base.mail.templates.DigestMail;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.mail.templates.MailTemplates;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.cycle.ReportMailsOvertaken;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.QuarterlySettings;

/** Once a day, each person who chose a digest gets one email listing what was held for them. */
@Component
public class DailyDigest {

    static final String OVERTAKEN = "Left out of the daily digest: the return was submitted before it went";
    static final String NOTHING_DUE = "Left out of the daily digest: the return had nothing due before it went";
    static final String LEFT_OUT = "Left out of the daily digest: ";
    static final String CHECKED = LEFT_OUT + "the return was accepted or sent back before it went";
    static final String DISABLED = "Left out of the daily digest: its recipient has been disabled since";

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final PeopleService people;
    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final Clock clock;
    private final Links links;
    private final StillTheirs stillTheirs;
    private final OvertakenMail overtakenMail;
    private final ReportMailsOvertaken reportMailsOvertaken;

    DailyDigest(MailOutbox outbox, MailTemplates templates, PeopleService people, ReturnRepository returns,
            CycleRepository cycles, Clock clock, Links links, StillTheirs stillTheirs, OvertakenMail overtakenMail,
            ReportMailsOvertaken reportMailsOvertaken) {
        this.stillTheirs = stillTheirs;
        this.overtakenMail = overtakenMail;
        this.reportMailsOvertaken = reportMailsOvertaken;
        this.outbox = outbox;
        this.templates = templates;
        this.people = people;
        this.returns = returns;
        this.cycles = cycles;
        this.clock = clock;
        this.links = links;
    }

    /** The hour, London time, the digests go at each morning. */
    static final int HOUR = 7;

    @Scheduled(cron = "0 0 " + HOUR + " * * *", zone = "Europe/London")
    void everyMorning() {
        sendDigests();
    }

    /**
     * Sends one digest per person with held messages; returns how many digests went. The issue notice, reminders and
     * chases of a return the service has since submitted are left out, for good: they would ask for what is already
     * done; so is "ready for your check" of a return accepted or sent back since, and a challenge the service has
     * answered since. A digest left with nothing is not sent, nor one for someone disabled since their mail was held
     * (mail to a role goes to enabled people only, and so does this). Mail about a return its recipient may no longer
     * act on (moved to another service, no longer its director) is left out too, for good: the service's people of
     * today get what is sent from now on. So is a reminder whose deadline has passed: the overdue notice went instead,
     * and the report's "returned with comments" once the revised report was sent for approval (ReportMailsOvertaken).
     */
    @Transactional
    public int sendDigests() {
        outbox.lockForDigest();
        LocalDate today = LocalDate.now(clock);
        Map<Long, ServiceReturn> read = new HashMap<>();
        Map<Long, Cycle> cyclesRead = new HashMap<>();
        int sent = 0;
        List<Person> everyone = people.all();
        for (String recipient : outbox.recipientsWithHeldMessages()) {
            List<OutboxEntry> held = outbox.held(recipient);
            List<OutboxEntry> overtaken = held.stream().filter(m -> overtaken(m, read)).toList();
            // a return withdrawn with nothing due was never submitted: said as it was
            Map<Boolean, List<Long>> withdrawn = overtaken.stream().collect(Collectors.partitioningBy(
                    m -> serviceReturn(m.returnId(), read).status() == ReturnStatus.WITHDRAWN,
                    Collectors.mapping(OutboxEntry::id, Collectors.toList())));
            outbox.leaveOutOfDigest(withdrawn.get(false), OVERTAKEN);
            outbox.leaveOutOfDigest(withdrawn.get(true), NOTHING_DUE);
            Set<Long> answered = overtakenMail.challengesAnswered(held);
            List<OutboxEntry> checked = held.stream().filter(m -> m.returnId() != null
                    && OvertakenMail.actedOnSince(m, serviceReturn(m.returnId(), read), answered) != null).toList();
            checked.stream().collect(Collectors.groupingBy(m -> MailKind.READY_FOR_CHECK.name().equals(m.kind())
                    ? CHECKED : LEFT_OUT + OvertakenMail.actedOnSince(m, serviceReturn(m.returnId(), read), answered),
                    Collectors.mapping(OutboxEntry::id, Collectors.toList()))).forEach((why, ids) ->
                    outbox.leaveOutOfDigest(ids, why));
            // a reminder whose deadline passed while it waited: the overdue notice went instead, at once
            List<OutboxEntry> pastDeadline = held.stream().filter(m -> m.returnId() != null
                    && !overtaken.contains(m) && deadlinePassed(m, serviceReturn(m.returnId(), read), cyclesRead))
                    .toList();
            outbox.leaveOutOfDigest(pastDeadline.stream().map(OutboxEntry::id).toList(),
                    LEFT_OUT + OvertakenMail.DEADLINE_PASSED);
            Map<Long, String> reportMovedOn = reportMailsOvertaken.whyOvertaken(held);
            reportMovedOn.forEach((id, why) -> outbox.leaveOutOfDigest(List.of(id), LEFT_OUT + why));
            List<OutboxEntry> digested = held.stream().filter(m -> !overtaken.contains(m) && !checked.contains(m)
                    && !pastDeadline.contains(m) && !reportMovedOn.containsKey(m.id())).toList();
            if (digested.isEmpty()) {
                continue;
            }
            List<Person> addressed = everyone.stream().filter(p -> recipient.equals(p.email())).toList();
            if (!addressed.isEmpty() && addressed.stream().noneMatch(Person::enabled)) {
                outbox.leaveOutOfDigest(digested.stream().map(OutboxEntry::id).toList(), DISABLED);
                continue;
            }
            BiPredicate<OutboxEntry, ServiceReturn> theirs = stillTheirs.forAddress(addressed);
            List<OutboxEntry> notTheirs = digested.stream().filter(m -> !theirs.test(m,
                    m.returnId() == null ? null : serviceReturn(m.returnId(), read))).toList();
            notTheirs.stream().collect(Collectors.groupingBy(m -> LEFT_OUT + StillTheirs.whyNot(m),
                    Collectors.mapping(OutboxEntry::id, Collectors.toList()))).forEach((why, ids) ->
                    outbox.leaveOutOfDigest(ids, why));
            digested = digested.stream().filter(m -> !notTheirs.contains(m)).toList();
            if (digested.isEmpty()) {
                continue;
            }
            Person person = addressed.stream().filter(Person::enabled).findFirst().orElse(null);
            Map<Long, String> notes = outbox.digestNotes(digested.stream().map(OutboxEntry::id).toList());
            List<DigestItem> items = digested.stream().map(m -> item(m, read, cyclesRead, notes.get(m.id())))
                    .toList();
            RenderedMail mail = templates.render(new DigestMail(person == null ? null : person.displayName(), today,
                    items));
            outbox.send(new MailMessage("DIGEST:" + recipient + ":" + today + ":" + held.get(held.size() - 1).id(),
                    "DAILY_DIGEST", recipient, mail.subject(), mail.text(), mail.html(), null, null));
            outbox.markDigested(digested.stream().map(OutboxEntry::id).toList());
            sent++;
        }
        return sent;
    }

    /** A message asking for a return that is no longer with the service (as compliance's "chaseable"). */
    private boolean overtaken(OutboxEntry held, Map<Long, ServiceReturn> read) {
        return held.returnId() != null && OvertakenMail.asksForWhatIsIn(held, serviceReturn(held.returnId(), read));
    }

    private boolean deadlinePassed(OutboxEntry held, ServiceReturn r, Map<Long, Cycle> cyclesRead) {
        return OvertakenMail.deadlinePassed(held, r, cycle(r, cyclesRead), clock.instant());
    }

    private Cycle cycle(ServiceReturn r, Map<Long, Cycle> cyclesRead) {
        return cyclesRead.computeIfAbsent(r.cycleId(), id -> cycles.find(id).orElseThrow());
    }

    private ServiceReturn serviceReturn(long id, Map<Long, ServiceReturn> read) {
        return read.computeIfAbsent(id, i -> returns.find(i).orElseThrow());
    }

    private DigestItem item(OutboxEntry held, Map<Long, ServiceReturn> read, Map<Long, Cycle> cyclesRead,
            String message) {
        if (held.returnId() == null) {
            // a report mail links to the report's page, as its own email would
            return new DigestItem(held.subject(), null, null, null, null, held.cycleId() != null
                    && held.kind().startsWith("REPORT_") ? links.to(ReportApproval.page(MailKind.valueOf(held.kind()),
                    held.cycleId())) : links.base(), happenedAt(held));
        }
        ServiceReturn r = serviceReturn(held.returnId(), read);
        Cycle cycle = cycle(r, cyclesRead);
        ZonedDateTime deadline = r.deadline(cycle.submissionDeadline()).atZone(LondonTime.ZONE);
        return new DigestItem(held.subject(), r.serviceName(), ReturnMailWords.quarterName(cycle), deadline,
                ReturnMailWords.deadlineWords(r, deadline, ZonedDateTime.now(clock)),
                links.to(ReturnMailWords.page(MailKind.valueOf(held.kind()), r.id())),
                happenedAt(held), message);
    }

    private static ZonedDateTime happenedAt(OutboxEntry held) {
        return held.createdAt() == null ? null : held.createdAt().atZone(LondonTime.ZONE);
    }
}
