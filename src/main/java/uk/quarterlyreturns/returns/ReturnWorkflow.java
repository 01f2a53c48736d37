package uk.quarterlyreturns.returns;
import static uk.quarterlyreturns.returns.StepChecks.requireNoneUnseen;
import static uk.quarterlyreturns.returns.StepChecks.requireShort;
import static uk.quarterlyreturns.returns.StepChecks.requireStatus;
import static uk.quarterlyreturns.returns.StepChecks.requireText;
import static uk.quarterlyreturns.returns.StepChecks.requireUnchanged;
import static uk.quarterlyreturns.returns.StepChecks.requireUnchangedButStarted;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A return's journey: submit, sign off, quality check (accept or send back), reopen. Every step checks
 * who may take it, records it in the trail, then completes the process task.
 */
@Service
public class ReturnWorkflow {

    /** Said when a return is reopened with no reason, by the page before asking and by the step itself. */
    public static final String REOPEN_REASON_NEEDED = "Say why the return is reopened";

    /** Said when a return is sent back with no comment, by the page before asking and by the step itself. */
    public static final String SEND_BACK_COMMENT_NEEDED = "Say what needs changing: the comment goes to the service";

    /** The longest sign-off note, send-back comment or reason for reopening: each goes into mail and the history. */
    public static final int MOST_CHARACTERS = 4000;

    private final ReturnRepository returns;
    private final ReturnStepRecords steps;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;
    private final ReturnValidation validation;
    private final StepTasks tasks;
    private final Reopening reopening;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CycleProgress progress;
    private final ReturnAcceptance acceptance;
    private final QualityCheckClaims claims;

    ReturnWorkflow(ReturnRepository returns, ReturnStepRecords steps, ReturnPermissions permissions,
            ReturnTrail trail, ReturnValidation validation, StepTasks tasks, Reopening reopening,
            ApplicationEventPublisher events, Clock clock, CycleProgress progress, ReturnAcceptance acceptance,
            QualityCheckClaims claims) {
        this.returns = returns;
        this.claims = claims;
        this.steps = steps;
        this.permissions = permissions;
        this.trail = trail;
        this.validation = validation;
        this.tasks = tasks;
        this.reopening = reopening;
        this.events = events;
        this.clock = clock;
        this.progress = progress;
        this.acceptance = acceptance;
    }

    /** Submits the return as it stands now (for callers that show no page: the demo's data). */
    @Transactional
    public void submit(long returnId, String user) {
        submit(returnId, current(returnId), user);
    }

    /**
     * The service hands in the return its page showed; errors block, queries need an explanation first. A page
     * left open while the return was submitted elsewhere and sent back (or reopened) is refused: its submission
     * would hand in a return nobody corrected and clear the comment saying what to correct.
     *
     * @param seenVersion the return's version when the page was read
     */
    @Transactional
    public void submit(long returnId, int seenVersion, String user) {
        ServiceReturn r = returns.lock(returnId);
        permissions.requirePrepare(user, r);
        requireStatus(r, ReturnStatus.NOT_STARTED, ReturnStatus.DRAFT, ReturnStatus.SENT_BACK,
                ReturnStatus.REOPENED);
        requireUnchangedButStarted(r, seenVersion);
        validation.requireSubmittable(r);
        steps.markSubmitted(returnId, user, clock.instant());
        trail.status(returnId, user, r.status(), ReturnStatus.SUBMITTED, null);
        tasks.complete(r, ReturnProcess.TASK_COMPLETE_RETURN, user, Map.of());
        events.publishEvent(new ReturnEvent(returnId, ReturnEvent.Kind.SUBMITTED, user, null));
    }

    /** Signs off the return as it stands now, without a note (for callers that show no page: the demo's data). */
    @Transactional
    public void signOff(long returnId, String user) {
        signOff(returnId, current(returnId), clock.instant(), user, null);
    }

    /**
     * The director signs off the version they saw, complete as it stands now, with an optional note for the
     * performance team (kept in the trail too). While it awaits sign-off its contents may still change: a change
     * someone else (a deputy, in their own window) made after the page was read went unseen, so it is refused.
     *
     * @param seenAt when the page the director signs off from was read
     */
    @Transactional
    public void signOff(long returnId, int seenVersion, Instant seenAt, String user, String note) {
        ServiceReturn r = returns.lock(returnId);
        permissions.requireSignOff(user, r);
        requireStatus(r, ReturnStatus.SUBMITTED);
        requireUnchanged(r, seenVersion);
        requireNoneUnseen(trail.changedByOthersSince(returnId, seenAt, user));
        validation.requireSignable(r);
        String text = note == null || note.isBlank() ? null : note.strip();
        requireShort(text, "A note for the performance team");
        steps.markSignedOff(returnId, user, clock.instant(), text);
        trail.status(returnId, user, r.status(), ReturnStatus.SIGNED_OFF, text);
        tasks.complete(r, ReturnProcess.TASK_SIGN_OFF, user,
                Map.of(ReturnProcess.VAR_DECISION, ReturnProcess.APPROVED));
        events.publishEvent(new ReturnEvent(returnId, ReturnEvent.Kind.SIGNED_OFF, user, text));
    }

    /** Sends the return back as it stands now (for callers that show no page). */
    @Transactional
    public void sendBackToService(long returnId, String user, String comment) {
        sendBackToService(returnId, current(returnId), user, comment);
    }

    /** The director sends the submitted version they saw back to the preparers, with a comment. */
    @Transactional
    public void sendBackToService(long returnId, int seenVersion, String user, String comment) {
        ServiceReturn r = returns.lock(returnId);
        permissions.requireSignOff(user, r);
        requireStatus(r, ReturnStatus.SUBMITTED);
        requireUnchanged(r, seenVersion);
        sendBack(r, user, comment, ReturnProcess.TASK_SIGN_OFF);
    }

    /** Accepts the return as it stands now (for callers that show no page: the demo's data). */
    @Transactional
    public void accept(long returnId, String user) {
        accept(returnId, current(returnId), user);
    }

    /** The performance team accepts the version they checked, on ReturnAcceptance's terms. */
    @Transactional
    public void accept(long returnId, int seenVersion, String user) {
        accept(returnId, seenVersion, user, false);
    }

    /**
     * As {@link #accept(long, int, String)}; with {@code takeOver} it takes the check over from a colleague holding it
     * (QualityCheckClaims), who otherwise has it refused.
     */
    @Transactional
    public void accept(long returnId, int seenVersion, String user, boolean takeOver) {
        acceptance.accept(returnId, seenVersion, user, takeOver);
    }

    /** Why the return as it stands cannot be accepted yet, or empty (ReturnAcceptance's answer). */
    public Optional<String> whyNotAccepted(long returnId) {
        return acceptance.whyNotAccepted(returnId);
    }

    /** Sends the return back as it stands now (for callers that show no page: the demo's data). */
    @Transactional
    public void sendBackByPerformanceTeam(long returnId, String user, String comment) {
        sendBackByPerformanceTeam(returnId, current(returnId), user, comment);
    }

    /** The performance team sends the signed-off version they checked back to the service, with a comment. */
    @Transactional
    public void sendBackByPerformanceTeam(long returnId, int seenVersion, String user, String comment) {
        sendBackByPerformanceTeam(returnId, seenVersion, user, comment, false);
    }

    /** As above; a check a colleague holds is refused, or with {@code takeOver} taken over (QualityCheckClaims). */
    @Transactional
    public void sendBackByPerformanceTeam(long returnId, int seenVersion, String user, String comment,
            boolean takeOver) {
        ServiceReturn r = returns.lock(returnId);
        permissions.requirePerformanceTeam(user);
        requireStatus(r, ReturnStatus.SIGNED_OFF);
        requireUnchanged(r, seenVersion);
        claims.requireFreeOrTakeOver(r, user, takeOver);
        sendBack(r, user, comment, ReturnProcess.TASK_QUALITY_CHECK);
    }

    /** The colleague holding the return's quality check while they may still take it; empty otherwise. */
    public Optional<QualityCheckClaims.Claim> checkClaimedByColleague(ServiceReturn r, String user) {
        return claims.byColleague(r, user);
    }

    /** Why an accepted return may not be reopened now (the report is on its way to approval), or empty. */
    public Optional<String> whyNotReopen(ServiceReturn r) {
        return progress.whyNotReopened(r);
    }

    /**
     * Reopens an accepted return as it stands now (for callers that show no page), for correction, with a reason;
     * it goes round the loop again. The cycle is told once the return is out again, so a correction after
     * publication waits for it; while the report is with the chief executive the cycle refuses, and nothing is
     * changed.
     */
    @Transactional
    public void reopen(long returnId, String user, String reason) {
        reopen(returnId, current(returnId), user, reason);
    }

    /**
     * Reopens the accepted version the page showed: one left open while the return was reopened, corrected and
     * accepted again would otherwise start a correction of figures its reason was never about.
     */
    @Transactional
    public void reopen(long returnId, int seenVersion, String user, String reason) {
        reopening.reopen(returnId, seenVersion, user, reason);
    }

    /**
     * A return whose figures the report being compiled, or with the chief executive, prints is not sent back until
     * they decide: the version they approve would keep the figures sent back, and no correction would follow. Once
     * published, one it printed as submitted is reopened instead, with the comment as the reason, so a correction
     * follows (as one reopened once accepted) and the next version prints what it corrects.
     */
    private void sendBack(ServiceReturn r, String user, String comment, String taskKey) {
        boolean correction = progress.sendingBackCorrects(r);
        requireText(comment, SEND_BACK_COMMENT_NEEDED);
        requireShort(comment.trim(), "A comment for the service");
        if (correction) {
            reopening.reopenForCorrection(r, user, comment.trim());
            return;
        }
        steps.markSentBack(r.id(), comment.trim());
        trail.status(r.id(), user, r.status(), ReturnStatus.SENT_BACK, comment.trim());
        tasks.complete(r, taskKey, user, Map.of(ReturnProcess.VAR_DECISION, ReturnProcess.SENT_BACK));
        events.publishEvent(new ReturnEvent(r.id(), ReturnEvent.Kind.SENT_BACK, user, comment.trim()));
    }

    /** Whether sending the return back now reopens it for correction: the published report prints it as submitted. */
    public boolean sendingBackCorrects(ServiceReturn r) {
        return progress.sendingBackCorrectsNow(r);
    }

    private int current(long returnId) {
        return returns.find(returnId).orElseThrow(() -> new IllegalArgumentException("There is no return " + returnId))
                .version();
    }
}
