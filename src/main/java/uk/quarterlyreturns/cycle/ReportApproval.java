package uk.quarterlyreturns.cycle;

import uk.quarterlyreturns.base.mail.Links;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.people.ChiefExecutiveLeft;
import uk.quarterlyreturns.people.ChiefExecutiveNamed;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.mail.templates.MailTemplates;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.base.mail.templates.ReportMail;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.process.TaskCompletions;
import uk.quarterlyreturns.base.QuarterlySettings;

/**
 * The report's way to Cabinet: compiled, sent to the chief executive, approved (then published and
 * readers told) or returned with comments to the performance team, who revise and send it again.
 */
@Service
public class ReportApproval {

    /** The longest comments the chief executive returns the report with: they go into mail and the report's history. */
    public static final int MOST_CHARACTERS = 4000;

    /** Sent at once, never held for a daily digest: the report waits on them. */
    private static final Set<MailKind> URGENT = EnumSet.of(MailKind.REPORT_FOR_APPROVAL,
            MailKind.REPORT_NOBODY_APPROVES);

    private final CycleRepository cycles;
    private final CycleReports reports;
    private final PeopleService people;
    private final TaskService tasks;
    private final TaskCompletions completions;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Links links;
    private final ReturnsUnderCorrection corrections;
    private final RevisionsSent revisionsSent;
    private final ReportWriters writers;

    ReportApproval(CycleRepository cycles, CycleReports reports, PeopleService people, TaskService tasks,
            TaskCompletions completions, MailTemplates templates, MailOutbox outbox,
            Links links, ReturnsUnderCorrection corrections, RevisionsSent revisionsSent, ReportWriters writers) {
        this.writers = writers;
        this.corrections = corrections;
        this.revisionsSent = revisionsSent;
        this.cycles = cycles;
        this.reports = reports;
        this.people = people;
        this.tasks = tasks;
        this.completions = completions;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
    }

    /**
     * Compiles the report and sends it to the chief executive. A revised report is the same version compiled
     * again, so its mail is told apart by the revision (the performance team's revise step, null before any)
     * that led to it; a retried compilation of the same revision keeps the key, so it is not sent twice.
     */
    @Transactional
    public void compileForApproval(long cycleId, String revision) {
        CycleReports.ReportSummary report = reports.compile(cycleId);
        cycles.setStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        String step = revision == null ? null : "revised-" + revision;
        mail(MailKind.REPORT_FOR_APPROVAL, cycleId, report, step, null, people.withRole(Role.CHIEF_EXECUTIVE));
        tellIfNobodyApproves(cycleId, report, step);
    }

    /**
     * A chief executive named while a report waits for approval gets the mail it was sent with, as their predecessor
     * did: a people file that names the first one, say, after the report was compiled. Once for each decision step.
     */
    @EventListener
    void onChiefExecutiveNamed(ChiefExecutiveNamed named) {
        List<Person> ceo = people.find(named.username()).stream().toList();
        for (Cycle cycle : cycles.all()) {
            if (cycle.status() == CycleStatus.AWAITING_APPROVAL) {
                decisionStep(cycle.id()).ifPresent(step -> {
                    mail(MailKind.REPORT_FOR_APPROVAL, cycle.id(), reports.current(cycle.id()), "named-" + step, null,
                            ceo);
                    // one named who had a hand in it: still nobody may approve it
                    tellIfNobodyApproves(cycle.id(), reports.current(cycle.id()),
                            "named-" + step + "-" + named.username());
                });
            }
        }
    }

    /**
     * A chief executive disabled, or no longer one, while a report waits for approval may have been the only one who
     * could approve it: the performance team and the administrators are told, as when the report was sent with nobody
     * to approve it, once for each such change (the key names its transaction: a people file that takes two chief
     * executives tells once; each later change that leaves the report so tells again).
     */
    @EventListener
    void onChiefExecutiveLeft(ChiefExecutiveLeft left) {
        for (Cycle cycle : cycles.all()) {
            if (cycle.status() == CycleStatus.AWAITING_APPROVAL) {
                decisionStep(cycle.id()).ifPresent(step -> tellIfNobodyApproves(cycle.id(),
                        reports.current(cycle.id()), "left-" + step + "-change-" + outbox.transaction()));
            }
        }
    }

    /**
     * A report sent for approval that no chief executive may approve would wait unseen: the performance team and the
     * administrators, who can name another, are told why, once for the step that found it so.
     */
    private void tellIfNobodyApproves(long cycleId, CycleReports.ReportSummary report, String step) {
        whyNobodyApproves(cycleId).ifPresent(why -> {
            Map<String, Person> told = new LinkedHashMap<>();
            for (Role role : List.of(Role.PERFORMANCE_TEAM, Role.ADMIN)) {
                people.withRole(role).forEach(p -> told.putIfAbsent(p.username(), p));
            }
            mail(MailKind.REPORT_NOBODY_APPROVES, cycleId, report, step, why, List.copyOf(told.values()));
        });
    }

    /**
     * Why nobody can decide on a report sent for approval: a council's people file may have left out its chief
     * executive, and the report would wait unseen. Empty while an enabled chief executive exists.
     */
    public Optional<String> whyNobodyApproves() {
        return people.withRole(Role.CHIEF_EXECUTIVE).isEmpty() ? Optional.of("Nobody can approve it yet: there is no"
                + " chief executive. An administrator names one under Users (or in the people file), who then finds"
                + " the report in their inbox.") : Optional.empty();
    }

    /**
     * Why nobody can decide on this cycle's report: no enabled chief executive, or none who had no hand in it (each
     * sent it for approval or wrote a version of its cover report or commentary, ReportDuties), so it would wait unseen. Empty while one may.
     */
    public Optional<String> whyNobodyApproves(long cycleId) {
        List<Person> chiefs = people.withRole(Role.CHIEF_EXECUTIVE);
        if (chiefs.isEmpty()) {
            return whyNobodyApproves();
        }
        if (chiefs.stream().anyMatch(p -> whyNotApprove(cycleId, p.username()).isEmpty())) {
            return Optional.empty();
        }
        String names = String.join(" and ", chiefs.stream().map(Person::displayName).toList());
        return Optional.of("Nobody can approve it yet: " + names + (chiefs.size() == 1
                ? ", the only chief executive, had a hand in it" : ", the chief executives, each had a hand in it")
                + ", and nobody checks their own work. An administrator names another chief executive under Users (or"
                + " in the people file), who then finds the report in their inbox; until then the report waits.");
    }

    /**
     * The chief executive's decision still to make, named by its step: each compilation sent for approval is a new
     * step, so a page that names the step it showed decides on that compilation only. Empty once decided.
     */
    public Optional<String> decisionStep(long cycleId) {
        return Optional.ofNullable(openTaskOrNull(cycleId, CycleProcess.TASK_APPROVE_REPORT)).map(Task::getId);
    }

    @Transactional
    public void approve(long cycleId, String user) {
        approve(cycleId, user, null);
    }

    /** Approves the compilation of the step the page showed (null: whichever is awaiting a decision). */
    @Transactional
    public void approve(long cycleId, String user, String stepShown) {
        requireRole(user, Role.CHIEF_EXECUTIVE, "Only the chief executive approves the report");
        requireStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        Task step = decisionAsShown(cycleId, stepShown);
        whyNotApprove(cycleId, user).ifPresent(why -> {
            throw new NotAllowedException(why);
        });
        reports.recordDecision(cycleId, user, true, null);
        completions.complete(step.getId(), user, Map.of(CycleProcess.VAR_DECISION, CycleProcess.APPROVED));
    }

    /**
     * Why this person may not approve the cycle's report, whatever their role: they sent it for approval or wrote any
     * version of its cover report or commentary (ReportDuties). Empty when they may, as far as their own work goes.
     */
    public Optional<String> whyNotApprove(long cycleId, String user) {
        List<ReportDuties.Work> work = new ArrayList<>();
        revisionsSent.of(cycleId).forEach(s -> work.add(new ReportDuties.Work(s.by(), ReportDuties.SENT_REVISED)));
        writers.of(cycleId).forEach(w -> work.add(new ReportDuties.Work(w.by(), ReportDuties.wrote(w.part()))));
        return ReportDuties.whyNotApprove(user, work);
    }

    @Transactional
    public void returnWithComments(long cycleId, String user, String comment) {
        returnWithComments(cycleId, user, comment, null);
    }

    /** Returns the compilation of the step the page showed (null: whichever is awaiting a decision). */
    @Transactional
    public void returnWithComments(long cycleId, String user, String comment, String stepShown) {
        requireRole(user, Role.CHIEF_EXECUTIVE, "Only the chief executive returns the report");
        cycles.lock(cycleId); // a revision sent from a page left open waits for the comments, then is refused
        requireStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Say what should change: the comments go to the performance team");
        }
        if (comment.trim().length() > MOST_CHARACTERS) {
            throw new IllegalArgumentException("Comments for the performance team are at most " + MOST_CHARACTERS
                    + " characters; these have " + comment.trim().length());
        }
        Task step = decisionAsShown(cycleId, stepShown);
        reports.recordDecision(cycleId, user, false, comment.trim());
        cycles.setStatus(cycleId, CycleStatus.RETURNED);
        // Each return is its own approval step, so a second return with the same words still reaches the team.
        completions.complete(step.getId(), user, Map.of(CycleProcess.VAR_DECISION, CycleProcess.RETURNED));
        mail(MailKind.REPORT_RETURNED, cycleId, reports.current(cycleId), "returned-" + step.getId(), comment.trim(),
                people.withRole(Role.PERFORMANCE_TEAM));
    }

    /**
     * The open decision, if it is the one the page showed: a page opened before the report was returned and
     * revised shows the earlier compilation, and its reader has not seen the revised one.
     */
    private Task decisionAsShown(long cycleId, String stepShown) {
        Task step = openTask(cycleId, CycleProcess.TASK_APPROVE_REPORT);
        if (stepShown != null && !stepShown.equals(step.getId())) {
            throw new IllegalStateException("The report was revised and compiled again since this page was opened:"
                    + " open it again to read the revised report, then decide");
        }
        return step;
    }

    /**
     * The performance team has revised: compile again and send for approval. A return reopened while revising
     * (say, for a figure the chief executive doubted) must be accepted again first, or the revised report would
     * carry figures nobody has signed off.
     */
    @Transactional
    public void resubmit(long cycleId, String user) {
        resubmit(cycleId, user, null);
    }

    /**
     * Sends the revision the page showed (its step, see {@link #revisionStep}; null: whichever is open). A page opened
     * before a colleague sent the revised report and the chief executive returned it again shows the earlier
     * comments: sent from it, the report would go back without anyone having read the latest ones. Checked under the
     * cycle's lock, which the chief executive's decision takes too, so that neither slips in between.
     */
    @Transactional
    public void resubmit(long cycleId, String user, String stepShown) {
        requireRole(user, Role.PERFORMANCE_TEAM, "Only the performance team revises the report");
        cycles.lock(cycleId);
        requireStatus(cycleId, CycleStatus.RETURNED);
        Task revise = openTask(cycleId, CycleProcess.TASK_REVISE_REPORT);
        if (stepShown != null && !stepShown.equals(revise.getId())) {
            throw new IllegalStateException("The chief executive returned the report again since this page was"
                    + " opened: open the page again to read their latest comments, then send the revised report");
        }
        whyNotResubmit(cycleId).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        completions.complete(revise.getId(), user, Map.of(CycleProcess.VAR_REVISION, revise.getId()));
    }

    /**
     * The revision the performance team has still to send, named by its step: each return with comments opens a new
     * one. Empty while none is open (the revised report already on its way).
     */
    public Optional<String> revisionStep(long cycleId) {
        return Optional.ofNullable(openTaskOrNull(cycleId, CycleProcess.TASK_REVISE_REPORT)).map(Task::getId);
    }

    /** Why the revised report may not go back yet, for the page to say before anyone presses the button. */
    public Optional<String> whyNotResubmit(long cycleId) {
        List<String> services = corrections.services(cycleId);
        if (services.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(services.size() == 1
                ? services.get(0) + "'s return was reopened for correction: send the revised report for approval once"
                        + " it is accepted again."
                : "The returns of " + String.join(", ", services.subList(0, services.size() - 1)) + " and "
                        + services.get(services.size() - 1) + " were reopened for correction: send the revised"
                        + " report for approval once they are accepted again.");
    }

    @Transactional
    public void publish(long cycleId) {
        CycleReports.ReportSummary report = reports.publish(cycleId);
        cycles.setStatus(cycleId, CycleStatus.PUBLISHED);
        mail(MailKind.REPORT_PUBLISHED, cycleId, report, null, null, people.withRole(Role.READER));
    }

    /**
     * The step still to take. It can be gone while the cycle's status has not moved yet: taken a moment ago in
     * another tab, the compilation or publication that follows still running. The page then says so plainly.
     */
    private Task openTask(long cycleId, String taskKey) {
        Task task = openTaskOrNull(cycleId, taskKey);
        if (task == null) {
            String done = CycleProcess.TASK_APPROVE_REPORT.equals(taskKey) ? "The report was approved"
                    : "The revised report was sent for approval";
            throw new IllegalStateException(done + " a moment ago, perhaps in another tab: open the page again to see"
                    + " where it stands");
        }
        return task;
    }

    private Task openTaskOrNull(long cycleId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .taskDefinitionKey(taskKey).active().singleResult();
    }

    /**
     * The outbox sends a key once: a key names the event (kind, cycle, version, and the step that caused it when
     * a version goes round more than once) and the recipient, so a retry sends nothing new. Someone on a daily
     * digest gets these in it, except the request for approval (the report waits on the chief executive alone) and
     * the news that nobody may approve it.
     */
    private void mail(MailKind kind, long cycleId, CycleReports.ReportSummary report, String step, String comment,
            List<Person> to) {
        String quarter = cycles.find(cycleId).orElseThrow().shortName();
        for (Person person : to) {
            if (person.email() == null) {
                continue;
            }
            RenderedMail rendered = templates.render(kind, new ReportMail(person.displayName(), report.title(),
                    quarter, report.version(), report.summary(), report.changeNote(), comment,
                    links.to(page(kind, cycleId, person))));
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
    public static String page(MailKind kind, long cycleId) {
        return kind == MailKind.REPORT_PUBLISHED ? "/reports/" + cycleId : "/reports/" + cycleId + "/approval";
    }

    private void requireRole(String user, Role role, String message) {
        if (!people.find(user).map(p -> p.has(role)).orElse(false)) {
            throw new NotAllowedException(message);
        }
    }

    private void requireStatus(long cycleId, CycleStatus status) {
        CycleStatus actual = cycles.find(cycleId).orElseThrow().status();
        if (actual != status) {
            throw new IllegalStateException("The report is " + actual.label().toLowerCase() + ", so this cannot be"
                    + " done now");
        }
    }
}
