package uk.quarterlyreturns.chasing;

import uk.quarterlyreturns.base.mail.Links;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.mail.templates.MailTemplates;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.base.mail.templates.ReturnMail;
import uk.quarterlyreturns.base.mail.templates.ReturnMailBuilder;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnContents;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.security.Role;

/**
 * Writes a return's emails from the templates, records them in the outbox and against the return; their words for the
 * quarter and the deadline are in ReturnMailWords.
 */
@Service
public class ReturnMailer {

    /** What the email is about, beyond the return itself. */
    public record About(String step, String sentBy, String comment, String senderName, String directorName,
            String strategicDirectorName, String nextEscalation, int remindersSent, boolean afterPublication,
            Instant nextEscalationAt) {

        public About(String step, String sentBy, String comment, String senderName, String directorName,
                String strategicDirectorName, String nextEscalation, int remindersSent, boolean afterPublication) {
            this(step, sentBy, comment, senderName, directorName, strategicDirectorName, nextEscalation,
                    remindersSent, afterPublication, null);
        }

        public About(String step, String sentBy, String comment, String senderName, String directorName,
                String strategicDirectorName, String nextEscalation, int remindersSent) {
            this(step, sentBy, comment, senderName, directorName, strategicDirectorName, nextEscalation,
                    remindersSent, false);
        }

        public static About step(String step) {
            return new About(step, null, null, null, null, null, null, 0);
        }
    }

    /** Mails a return may get more than once for the same step: each is kept apart by its moment. */
    private static final java.util.Set<MailKind> REPEATABLE = java.util.EnumSet.of(MailKind.CHASE,
            MailKind.SENT_BACK, MailKind.AWAITING_SIGN_OFF, MailKind.RETURN_REOPENED, MailKind.READY_FOR_CHECK,
            MailKind.DEADLINE_EXTENDED, MailKind.DEADLINE_CHANGED);

    /** How a challenge's mail, or its answer's, ends its key: its entry in the return's trail follows. */
    private static final String TRAIL_ENTRY = ":entry-";

    /** Mails that ask for what is still missing, and so list the empty items. */
    private static final java.util.Set<MailKind> LIST_EMPTY_ITEMS = java.util.EnumSet.of(MailKind.REMINDER,
            MailKind.OVERDUE, MailKind.ESCALATION_STRATEGIC, MailKind.ESCALATION_CHIEF_EXECUTIVE, MailKind.CHASE);

    /** Lateness and escalations go at once, even to people who chose a daily digest. */
    private static final java.util.Set<MailKind> IMMEDIATE = java.util.EnumSet.of(MailKind.OVERDUE,
            MailKind.ESCALATION_STRATEGIC, MailKind.ESCALATION_CHIEF_EXECUTIVE, MailKind.DEADLINE_EXTENDED,
            MailKind.DEADLINE_CHANGED);

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final ReturnContents contents;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Links links;
    private final Challenges challenges;
    private final ReturnRepository returns;

    ReturnMailer(MailTemplates templates, MailOutbox outbox, ReturnContents contents, JdbcClient jdbc, Clock clock,
            Links links, Challenges challenges, ReturnRepository returns) {
        this.challenges = challenges;
        this.returns = returns;
        this.templates = templates;
        this.outbox = outbox;
        this.contents = contents;
        this.jdbc = jdbc;
        this.clock = clock;
        this.links = links;
    }

    /**
     * One message per recipient with an email address; the key (step, return, recipient) makes a retried
     * step send nothing twice. Every recipient's record has the same moment, which tells one chase by hand
     * from the next (see ChaseCounts). Returns the number of messages recorded.
     */
    public int send(MailKind kind, ServiceReturn r, Cycle cycle, List<Person> recipients, About about) {
        return send(kind, r, cycle, recipients, about, null);
    }

    /**
     * As send, the record saying the recipients had it as cover for these strategic directors (usernames, by commas):
     * the chief executive's escalation names them so after, whatever the cover's mail said.
     */
    int send(MailKind kind, ServiceReturn r, Cycle cycle, List<Person> recipients, About about, String coveringFor) {
        return send(kind, r, cycle, recipients, about, coveringFor, null, "");
    }

    /**
     * A challenge on an item of the return, or its answer (kind CHALLENGED or CHALLENGE_ANSWERED), each kept apart from
     * the return's other challenges by its entry in the trail: retried, it sends nothing twice; another challenge on
     * the same item is another mail.
     */
    int send(MailKind kind, ServiceReturn r, Cycle cycle, List<Person> recipients, About about,
            ReturnMail.Challenge challenge, long trailEntry) {
        return send(kind, r, cycle, recipients, about, null, challenge, TRAIL_ENTRY + trailEntry);
    }

    /** The challenge or answer a mail of one tells of (its entry in the return's trail), by its key; else null. */
    static Long trailEntry(OutboxEntry message) {
        int at = message.key() == null ? -1 : message.key().lastIndexOf(TRAIL_ENTRY);
        return at < 0 ? null : Long.valueOf(message.key().substring(at + TRAIL_ENTRY.length()));
    }

    private int send(MailKind kind, ServiceReturn r, Cycle cycle, List<Person> recipients, About about,
            String coveringFor, ReturnMail.Challenge challenge, String keyedBy) {
        Contents counts = contents(kind, r);
        Instant now = Instant.ofEpochMilli(clock.millis());
        List<Person> addressed = new ArrayList<>(recipients.stream().filter(p -> p.email() != null).distinct()
                .toList());
        String issue = issue(kind, r);
        for (Person person : addressed) {
            RenderedMail rendered = templates.render(kind, mail(kind, r, cycle, person, about, counts)
                    .challenge(challenge).build());
            String key = about.step() + ":return-" + r.id() + ":" + person.username() + issue + keyedBy
                    + (REPEATABLE.contains(kind) ? ":" + now.toEpochMilli() : "");
            // a chase's words, or a challenge's question or answer, which a daily digest holding it gives under its
            // subject
            MailMessage message = new MailMessage(key, kind.name(), person.email(), rendered.subject(),
                    rendered.text(), rendered.html(), cycle.id(), r.id(), digestNote(kind, about, challenge));
            long messageId = heldForDigest(kind, person) ? outbox.hold(message) : outbox.send(message);
            jdbc.sql("""
                    insert into chase (return_id, step, kind, sent_at, sent_by, recipient, outbox_message_id,
                        covering_for)
                    select :r, :step, :kind, :at, :by, :to, :m, :covering
                    where not exists (select 1 from chase where outbox_message_id = :m)""")
                    .param("r", r.id()).param("step", about.step()).param("kind", kind.name())
                    .param("at", Timestamp.from(now)).param("by", about.sentBy())
                    .param("to", person.username()).param("m", messageId).param("covering", coveringFor)
                    .update();
        }
        return addressed.size();
    }

    /**
     * Which issue of the return a mail is of, for its key: a return withdrawn with nothing due and issued again runs
     * in a process of its own, and its notice, or its overdue notice, is a new one, not the first issue's sent again.
     * A return issued once keeps the keys its other mail always had.
     */
    private String issue(MailKind kind, ServiceReturn r) {
        return returns.issue(r.id()).filter(issue -> kind == MailKind.RETURN_ISSUED || issue.again())
                .map(issue -> ":issue-" + issue.processInstance()).orElse("");
    }

    private static String digestNote(MailKind kind, About about, ReturnMail.Challenge challenge) {
        if (kind == MailKind.CHASE) {
            return about.comment();
        }
        return challenge == null ? null : challenge.answer() != null ? challenge.answer() : challenge.question();
    }

    /** Whether this kind of mail waits for the person's daily digest rather than going at once. */
    static boolean heldForDigest(MailKind kind, Person person) {
        return person.dailyDigest() && !IMMEDIATE.contains(kind);
    }

    /** The email one recipient would get, neither sent nor recorded: for a preview before chasing. */
    public RenderedMail preview(MailKind kind, ServiceReturn r, Cycle cycle, Person recipient, About about) {
        return templates.render(kind, mail(kind, r, cycle, recipient, about, contents(kind, r)).build());
    }

    /**
     * What the return asks for and, for a mail asking for what is missing, which items are still empty; for the
     * performance team's check, which challenges on an earlier version went unanswered.
     */
    private record Contents(ReturnContents.Counts counts, List<String> emptyItems, List<String> earlierChallenges) {
    }

    private Contents contents(MailKind kind, ServiceReturn r) {
        return new Contents(contents.counts(r.id()),
                LIST_EMPTY_ITEMS.contains(kind) ? contents.emptyItems(r.id()) : List.of(),
                kind == MailKind.READY_FOR_CHECK ? challenges.unansweredOnEarlierVersions(r.id()) : List.of());
    }

    private ReturnMailBuilder mail(MailKind kind, ServiceReturn r, Cycle cycle, Person person, About about,
            Contents contents) {
        ReturnContents.Counts counts = contents.counts();
        ZonedDateTime deadline = r.deadline(cycle.submissionDeadline()).atZone(ReportingYear.LONDON);
        return ReturnMail.builder()
                .recipientName(person.displayName()).serviceName(r.serviceName())
                .directorateName(r.directorateName()).directorName(about.directorName())
                .quarterName(ReturnMailWords.quarterName(cycle)).deadline(deadline)
                .closesIn(ReturnMailWords.deadlineWords(r, deadline, ZonedDateTime.now(clock)))
                .link(links.to(ReturnMailWords.page(kind, r.id()))).measuresDue(counts.measuresDue())
                .actionsDue(counts.actionsDue()).itemsOutstanding(counts.outstanding())
                .remindersSent(about.remindersSent()).comment(about.comment()).senderName(about.senderName())
                .strategicDirectorName(about.strategicDirectorName()).nextEscalation(about.nextEscalation())
                .afterPublication(about.afterPublication())
                .emptyItems(contents.emptyItems())
                .signedOffAt(r.signedOffThisVersion() ? r.signedOffAt().atZone(ReportingYear.LONDON) : null)
                .earlierChallenges(contents.earlierChallenges())
                .nextEscalationAt(about.nextEscalationAt() == null ? null
                        : about.nextEscalationAt().atZone(ReportingYear.LONDON))
                .toPerformanceTeam(inTheTeamOnly(person))
                .reopenedFor(r.status() == ReturnStatus.REOPENED ? r.sentBackComment() : null)
                .sentBackFor(r.status() == ReturnStatus.SENT_BACK ? r.sentBackComment() : null);
    }

    /** Someone in the performance team who prepares no return: told of one overdue, they chase; they do not submit. */
    private static boolean inTheTeamOnly(Person person) {
        return person.has(Role.PERFORMANCE_TEAM) && !person.has(Role.SERVICE_DIRECTOR) && !person.has(Role.DATA_OFFICER);
    }
}
