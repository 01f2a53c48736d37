package uk.quarterlyreturns.chasing;

import uk.quarterlyreturns.base.mail.Links;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.mail.templates.DigestItem;
import uk.quarterlyreturns.base.mail.templates.DigestMail;
import uk.quarterlyreturns.base.mail.templates.MailTemplates;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.QuarterlySettings;

/** Once a day, each person who chose a digest gets one email listing what was held for them. */
@Component
public class DailyDigest {

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final PeopleService people;
    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final Clock clock;
    private final Links links;

    DailyDigest(MailOutbox outbox, MailTemplates templates, PeopleService people, ReturnRepository returns,
            CycleRepository cycles, Clock clock, Links links) {
        this.outbox = outbox;
        this.templates = templates;
        this.people = people;
        this.returns = returns;
        this.cycles = cycles;
        this.clock = clock;
        this.links = links;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/London")
    void everyMorning() {
        sendDigests();
    }

    /** Sends one digest per person with held messages; returns how many digests went. */
    @Transactional
    public int sendDigests() {
        outbox.lockForDigest();
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (String recipient : outbox.recipientsWithHeldMessages()) {
            List<OutboxEntry> held = outbox.held(recipient);
            Person person = people.all().stream().filter(p -> recipient.equals(p.email())).findFirst().orElse(null);
            List<DigestItem> items = held.stream().map(this::item).toList();
            RenderedMail mail = templates.render(new DigestMail(person == null ? null : person.displayName(), today,
                    items));
            outbox.send(new MailMessage("DIGEST:" + recipient + ":" + today + ":" + held.get(held.size() - 1).id(),
                    "DAILY_DIGEST", recipient, mail.subject(), mail.text(), mail.html(), null, null));
            outbox.markDigested(held.stream().map(OutboxEntry::id).toList());
            sent++;
        }
        return sent;
    }

    private DigestItem item(OutboxEntry held) {
        if (held.returnId() == null) {
            return new DigestItem(held.subject(), null, null, null, links.base());
        }
        var r = returns.find(held.returnId()).orElseThrow();
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        return new DigestItem(held.subject(), r.serviceName(), ReturnMailer.quarterName(cycle),
                LondonTime.closesIn(ZonedDateTime.now(clock), cycle.submissionDeadline()
                        .atZone(LondonTime.ZONE)), links.to("/returns/" + r.id()));
    }
}
