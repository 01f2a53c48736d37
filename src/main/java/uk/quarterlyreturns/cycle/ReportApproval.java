package uk.quarterlyreturns.cycle;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.process.TaskCompletions;

/**
 * The report's way to Cabinet: compiled, sent to the chief executive, approved (then published and
 * readers told) or returned with comments to the performance team, who revise and send it again. Its mail, its steps
 * in the cycle's process, who may approve it and who may act on it when (ReportActionChecks) are each a class of
 * their own.
 */
@Service
public class ReportApproval {

    /** Said when a cycle opens, or runs, with no chief executive to approve its report (nobodyToApproveYet). */
    public static final String NO_CHIEF_EXECUTIVE = "There is no chief executive yet: the report this cycle compiles"
            + " would have nobody to approve it. An administrator names one under Users (or in the people file).";

    /** The longest comments the chief executive returns the report with: they go into mail and the report's history. */
    public static final int MOST_CHARACTERS = 4000;

    private final CycleRepository cycles;
    private final CycleReports reports;
    private final PeopleService people;
    private final TaskCompletions completions;
    private final ReturnsUnderCorrection corrections;
    private final ReportSteps steps;
    private final ReportMails mails;
    private final WhoMayApprove whoMayApprove;
    private final ReportActionChecks checks;

    ReportApproval(CycleRepository cycles, CycleReports reports, PeopleService people, TaskCompletions completions,
            ReturnsUnderCorrection corrections, ReportSteps steps, ReportMails mails, WhoMayApprove whoMayApprove,
            ReportActionChecks checks) {
        this.cycles = cycles;
        this.reports = reports;
        this.people = people;
        this.completions = completions;
        this.corrections = corrections;
        this.steps = steps;
        this.mails = mails;
        this.whoMayApprove = whoMayApprove;
        this.checks = checks;
    }

    /**
     * Compiles the report and sends it to the chief executive. A revised report is the same version compiled
     * again, so its mail is told apart by the revision (the performance team's revise step, null before any)
     * that led to it; a retried compilation of the same revision keeps the key, so it is not sent twice. A change to
     * a return that was checked under the cycle's lock before the step began (sent back, say, as the compilation date
     * fell due) is waited for first, so that the report prints it rather than the figures it replaced.
     */
    @Transactional
    public void compileForApproval(long cycleId, String revision) {
        cycles.awaitLockHolders(cycleId);
        CycleReports.ReportSummary report = reports.compile(cycleId);
        cycles.setStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        String step = revision == null ? null : "revised-" + revision;
        mails.send(MailKind.REPORT_FOR_APPROVAL, cycleId, report, step, null,
                whoMayApprove.askedToApprove(cycleId, people.withRole(Role.CHIEF_EXECUTIVE)));
        whoMayApprove.tellIfNobodyApproves(cycleId, report, step);
    }

    /**
     * Why nobody can decide on a report sent for approval: a council's people file may have left out its chief
     * executive, and the report would wait unseen. Empty while an enabled chief executive exists.
     */
    public Optional<String> whyNobodyApproves() {
        return whoMayApprove.whyNobodyApproves();
    }

    /**
     * Said before a cycle opens, and beside it while it runs, when there is no chief executive: the report it compiles
     * would wait, unseen, for a decision nobody can make.
     */
    public Optional<String> nobodyToApproveYet() {
        return whyNobodyApproves().map(why -> NO_CHIEF_EXECUTIVE);
    }

    /**
     * Why nobody can decide on this cycle's report: no enabled chief executive, or none who had no hand in it (each
     * sent it for approval or wrote a version of its cover report or commentary, ReportDuties), so it would wait
     * unseen. Empty while one may.
     */
    public Optional<String> whyNobodyApproves(long cycleId) {
        return whoMayApprove.whyNobodyApproves(cycleId);
    }

    /**
     * The chief executive's decision still to make, named by its step: each compilation sent for approval is a new
     * step, so a page that names the step it showed decides on that compilation only. Empty once decided.
     */
    public Optional<String> decisionStep(long cycleId) {
        return steps.decision(cycleId);
    }

    @Transactional
    public void approve(long cycleId, String user) {
        approve(cycleId, user, null);
    }

    /** Approves the compilation of the step the page showed (null: whichever is awaiting a decision). */
    @Transactional
    public void approve(long cycleId, String user, String stepShown) {
        checks.requireRole(user, Role.CHIEF_EXECUTIVE, "Only the chief executive approves the report");
        checks.requireStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        Task step = steps.decisionAsShown(cycleId, stepShown);
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
        return whoMayApprove.whyNotApprove(cycleId, user);
    }

    @Transactional
    public void returnWithComments(long cycleId, String user, String comment) {
        returnWithComments(cycleId, user, comment, null);
    }

    /** Returns the compilation of the step the page showed (null: whichever is awaiting a decision). */
    @Transactional
    public void returnWithComments(long cycleId, String user, String comment, String stepShown) {
        checks.requireRole(user, Role.CHIEF_EXECUTIVE, "Only the chief executive returns the report");
        cycles.lock(cycleId); // a revision sent from a page left open waits for the comments, then is refused
        checks.requireStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        String comments = checks.comments(comment);
        Task step = steps.decisionAsShown(cycleId, stepShown);
        reports.recordDecision(cycleId, user, false, comments);
        cycles.setStatus(cycleId, CycleStatus.RETURNED);
        // Each return is its own approval step, so a second return with the same words still reaches the team.
        completions.complete(step.getId(), user, Map.of(CycleProcess.VAR_DECISION, CycleProcess.RETURNED));
        mails.send(MailKind.REPORT_RETURNED, cycleId, reports.current(cycleId), "returned-" + step.getId(),
                comments, people.withRole(Role.PERFORMANCE_TEAM));
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
        checks.requireRole(user, Role.PERFORMANCE_TEAM, "Only the performance team revises the report");
        cycles.lock(cycleId);
        checks.requireStatus(cycleId, CycleStatus.RETURNED);
        Task revise = steps.open(cycleId, CycleProcess.TASK_REVISE_REPORT);
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
        return steps.revision(cycleId);
    }

    /** Why the revised report may not go back yet, for the page to say before anyone presses the button. */
    public Optional<String> whyNotResubmit(long cycleId) {
        // a return the returned version printed as being corrected stays so in the revised one: not waited for
        return corrections.whyNotResubmit(cycleId, reports.beingCorrected(cycleId));
    }

    @Transactional
    public void publish(long cycleId) {
        CycleReports.ReportSummary report = reports.publish(cycleId);
        cycles.setStatus(cycleId, CycleStatus.PUBLISHED);
        mails.send(MailKind.REPORT_PUBLISHED, cycleId, report, null, null, people.withRole(Role.READER));
        // it printed a return reopened and not yet accepted again as being corrected: that correction follows
        corrections.correctThoseStillOut(cycleId, report.beingCorrected());
    }

    /** The chief executive and the team act on the approval page; readers read the published report. */
    public static String page(MailKind kind, long cycleId) {
        return ReportMails.page(kind, cycleId);
    }
}
