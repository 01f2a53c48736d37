package uk.quarterlyreturns.cycle;

import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.mail.Links;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.mail.templates.MailTemplates;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.base.mail.templates.ReportMail;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.Person;

/** The mail of the report's way to Cabinet: sent for approval, nobody to approve it, returned, published. */
@Component
class ReportMails {

    /** Sent at once, never held for a daily digest: the report waits on them. */
    private static final Set<MailKind> URGENT = EnumSet.of(MailKind.REPORT_FOR_APPROVAL,
            MailKind.REPORT_NOBODY_APPROVES);

    private final CycleRepository cycles;
    private final CycleReports reports;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Links links;

    ReportMails(CycleRepository cycles, CycleReports reports, MailTemplates templates, MailOutbox outbox, Links links) {
        this.cycles = cycles;
        this.reports = reports;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
    }

    /** The transaction the outbox writes in, to name a change in a key (see {@link MailOutbox#transaction}). */
    long transaction() {
        return outbox.transaction();
    }

    /**
     * The outbox sends a key once: a key names the event (kind, cycle, version, and the step that caused it when
     * a version goes round more than once) and the recipient, so a retry sends nothing new. Someone on a daily
     * digest gets these in it, except the request for approval (the report waits on the chief executive alone) and
     * the news that nobody may approve it. A report sent for approval after it was returned says it is the revision
     * answering the comments of that day, so that it is not read as the first again.
     */
    void send(MailKind kind, long cycleId, CycleReports.ReportSummary report, String step, String comment,
            List<Person> to) {
        String quarter = cycles.find(cycleId).orElseThrow().shortName();
        ZonedDateTime returnedAt = kind != MailKind.REPORT_FOR_APPROVAL ? null
                : reports.lastReturned(cycleId).map(at -> at.atZone(LondonTime.ZONE)).orElse(null);
        for (Person person : to) {
            if (person.email() == null) {
                continue;
            }
            RenderedMail rendered = templates.render(kind, new ReportMail(person.displayName(), report.title(),
                    quarter, report.version(), report.summary(), report.changeNote(), comment,
                    links.to(page(kind, cycleId, person)), returnedAt));
            MailMessage message = new MailMessage(kind + ":cycle-" + cycleId + ":v" + report.version() + ":"
                    + (step == null ? "" : step + ":") + person.username(), kind.name(),
                    person.email(), rendered.subject(), rendered.text(), rendered.html(), cycleId, null);
            if (person.dailyDigest() && !URGENT.contains(kind)) {
                outbox.hold(message);
            } else {
                outbox.send(message);
            }
        }
    }

    /** An administrator not in the performance team acts on the Users screen, where they name a chief executive. */
    private static String page(MailKind kind, long cycleId, Person person) {
        return kind == MailKind.REPORT_NOBODY_APPROVES && !person.has(Role.PERFORMANCE_TEAM) ? "/admin/users"
                : page(kind, cycleId);
    }

    /** The chief executive and the team act on the approval page; readers read the published report. */
    static String page(MailKind kind, long cycleId) {
        return kind == MailKind.REPORT_PUBLISHED ? "/reports/" + cycleId : "/reports/" + cycleId + "/approval";
    }
}
