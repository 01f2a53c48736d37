package uk.quarterlyreturns.returns;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.process.AfterAJob;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReturnsUnderCorrection;

/**
 * Tells a quarter's cycle what its returns did: that the last one was accepted (so it can compile), or that
 * one was reopened after publication (so a correction starts). A return is not reopened while the report is
 * with the chief executive; while it is being revised a return may be, and the revised report waits for it. Nor is a
 * return whose figures that report prints sent back or changed at its sign-off: the chief executive approves the
 * figures as compiled. Nor, once published, is one it printed as submitted changed: sent back, it is reopened, as a
 * correction.
 */
@Component(CycleProgress.BEAN)
public class CycleProgress implements ReturnsUnderCorrection {

    /** The name quarterlyCycle's expressions call this bean by. */
    public static final String BEAN = "cycleProgress";

    /** The report compiled from the returns as they stand, on its way to the chief executive or with them. */
    private static final Set<CycleStatus> WITH_THE_CHIEF_EXECUTIVE = EnumSet.of(CycleStatus.COMPILED,
            CycleStatus.AWAITING_APPROVAL);

    /** Compiled, perhaps returned for revision, and not yet published. */
    private static final Set<CycleStatus> COMPILED_NOT_PUBLISHED = EnumSet.of(CycleStatus.COMPILED,
            CycleStatus.AWAITING_APPROVAL, CycleStatus.RETURNED);

    /** Submitted and not yet accepted: what a send-back or a change at sign-off acts on (reopening takes the rest). */
    private static final Set<ReturnStatus> AT_SIGN_OFF_OR_CHECK = EnumSet.of(ReturnStatus.SUBMITTED,
            ReturnStatus.SIGNED_OFF);

    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final RuntimeService runtime;
    private final AfterAJob afterAJob;
    private final Clock clock;
    private final ReopenedReturns reopenedReturns;

    CycleProgress(CycleRepository cycles, ReturnRepository returns, RuntimeService runtime, AfterAJob afterAJob,
            Clock clock, ReopenedReturns reopenedReturns) {
        this.reopenedReturns = reopenedReturns;
        this.afterAJob = afterAJob;
        this.clock = clock;
        this.cycles = cycles;
        this.returns = returns;
        this.runtime = runtime;
    }

    /**
     * Reopened and not accepted now: somewhere on its way round again. Mostly accepted once; or one the published
     * report printed as submitted, sent back at its sign-off or quality check (see {@link #sendingBackCorrects}).
     */
    @Override
    public List<String> services(long cycleId) {
        return reopenedReturns.inCycle(cycleId).stream().map(ReopenedReturns.Reopened::service).toList();
    }

    public boolean allAccepted(long cycleId) {
        return returns.countNotAccepted(cycleId) == 0;
    }

    /** No return reopened and still out: what a correction waits for (a return never in stays Missing). */
    public boolean reopenedAcceptedAgain(long cycleId) {
        return services(cycleId).isEmpty();
    }

    /**
     * An acceptance may be the last the cycle waits for. A return withdrawn by a restructure is counted by the
     * restructure itself ({@link #returnsSettled}), once it has issued the returns it owes to other services.
     */
    @EventListener
    void onReturnEvent(ReturnEvent event) {
        if (event.kind() == ReturnEvent.Kind.REOPENING) {
            reopened(returns.find(event.returnId()).orElseThrow(), event.comment());
        } else if (event.kind() == ReturnEvent.Kind.ACCEPTED) {
            returnsSettled(returns.find(event.returnId()).orElseThrow().cycleId());
        }
    }

    /**
     * Tells the cycle when none of its returns is left to accept (or to accept again). Acceptances queue on the cycle's
     * lock, so exactly one of them sees the last return accepted; a restructure calls it once it has withdrawn and
     * issued every return it changes, since a return withdrawn before its replacement is issued would leave nothing
     * to wait for, and the report would compile without the new return.
     */
    void returnsSettled(long cycleId) {
        cycles.lock(cycleId);
        if (allAccepted(cycleId)) {
            tell(cycleId, CycleProcess.MESSAGE_ALL_ACCEPTED);
        }
        if (reopenedAcceptedAgain(cycleId)) {
            tell(cycleId, CycleProcess.MESSAGE_REOPENED_ACCEPTED);
        }
    }

    /**
     * Tells the cycle, if it waits for this. The compilation date falling due at that moment stops it waiting: the
     * message then finds nobody waiting, and the report compiles with the return as the acceptance leaves it.
     */
    private void tell(long cycleId, String message) {
        afterAJob.run(() -> runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId)).correlateAllWithResult());
    }

    /**
     * The return is already marked reopened. After publication that starts a correction: the cycle waits for
     * the return again (however late), then the report is compiled, approved and published as the next version
     * with the reason as its note. While collecting, a correction under way adds the reason to its note.
     */
    private void reopened(ServiceReturn r, String reason) {
        long cycleId = r.cycleId();
        cycles.lock(cycleId);
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        refuseWhileTheReportIsUnderWay(cycle, r);
        if (cycle.status() != CycleStatus.PUBLISHED) {
            if (cycles.pendingChangeNote(cycleId) != null) {
                cycles.setPendingChangeNote(cycleId, cycles.pendingChangeNote(cycleId) + "; " + reason);
            }
            return;
        }
        startCorrection(cycleId, reason);
    }

    /**
     * A return reopened while returns were collected and not accepted again by the time the report read the returns
     * printed as being corrected (and one reopened and not yet accepted again); its correction starts now, as if it had been reopened after publication, so the
     * next version follows once it is accepted again (at once, if it was accepted again while the report waited for
     * approval). The reasons it was reopened with are the correction's note.
     */
    @Override
    public void correctThoseStillOut(long cycleId, List<String> beingCorrected) {
        List<ReopenedReturns.Reopened> out = reopenedReturns.inCycleOrNamed(cycleId, beingCorrected);
        if (!out.isEmpty()) {
            startCorrection(cycleId, String.join("; ", out.stream().map(ReopenedReturns.Reopened::reason)
                    .distinct().toList()));
        }
    }

    private void startCorrection(long cycleId, String note) {
        cycles.setStatus(cycleId, CycleStatus.OPEN);
        cycles.setPendingChangeNote(cycleId, note);
        runtime.createMessageCorrelation(CycleProcess.MESSAGE_CORRECTION)
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .setVariable(CycleProcess.VAR_CYCLE_ID, cycleId)
                .correlateStartMessage();
    }

    /**
     * The version being compiled or with the chief executive would not show the correction, nor would its note
     * say why: the return waits until the report is approved, then a correction publishes the next version. (While
     * the report is being revised, the revised report is compiled again once the return is accepted again.) The
     * exception undoes the reopening.
     */
    private void refuseWhileTheReportIsUnderWay(Cycle cycle, ServiceReturn r) {
        whyNotReopened(cycle, r).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
    }

    /** Why the return may not be reopened now, for a page to say so before anyone types a reason. */
    public Optional<String> whyNotReopened(ServiceReturn r) {
        return whyNotReopened(cycles.find(r.cycleId()).orElseThrow(), r);
    }

    private Optional<String> whyNotReopened(Cycle cycle, ServiceReturn r) {
        String notNow = r.serviceName() + "'s return cannot be reopened now";
        String later = "reopen the return once the report is approved, and the correction will be published as"
                + " the next version.";
        if (WITH_THE_CHIEF_EXECUTIVE.contains(cycle.status()) || compiling(cycle.id())) {
            return Optional.of("The report is with the chief executive for approval, so " + notNow + ": " + later);
        }
        return Optional.empty();
    }

    /**
     * Refuses, under the cycle's lock, to change a return whose figures the report being compiled, or with the chief
     * executive, or published prints. The lock orders this with the compile step (ReportApproval waits for it): either
     * the compilation reads what this step leaves, or the step finds the compilation under way.
     */
    void refuseWhileInTheReport(ServiceReturn r) {
        cycles.lock(r.cycleId());
        whyNotNow(r).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
    }

    /**
     * Refuses, as above, to send back a return the report with the chief executive prints: the version they approve
     * would keep the figures sent back. Whether the published report prints it as submitted: sending it back then
     * reopens it for correction, as reopening an accepted return does, so the next version prints what it corrects.
     * Without that, a return unable to be signed off as it stands (asked for a highlight report after it was
     * submitted, or owing a key action added since) could be neither signed off, changed nor accepted.
     */
    boolean sendingBackCorrects(ServiceReturn r) {
        cycles.lock(r.cycleId());
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        whyNotWhileWithTheChiefExecutive(cycle, r, "sent back").ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        return publishedAsSubmitted(cycle, r);
    }

    /** Whether sending the return back now would reopen it for correction (for a page to say so before asking). */
    public boolean sendingBackCorrectsNow(ServiceReturn r) {
        return publishedAsSubmitted(cycles.find(r.cycleId()).orElseThrow(), r);
    }

    /**
     * Why the return may not be changed now, or empty. A return that came in after the report was compiled (late, or
     * submitted again after it was sent back) printed as Missing there: it may be, as the report's next version takes
     * it in. While the report is being compiled, any submitted return may be in it. One a published version prints as
     * submitted is changed only as a correction (sent back or reopened with a reason): readers have its figures, and
     * only a correction publishes the next version with a note saying why they changed.
     */
    public Optional<String> whyNotNow(ServiceReturn r) {
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        return whyNotWhileWithTheChiefExecutive(cycle, r, "changed").or(() -> publishedAsSubmitted(cycle, r)
                ? Optional.of("The published report prints " + r.serviceName() + "'s return as submitted, so the"
                        + " return cannot be changed now: send it back with a reason to correct it, and the"
                        + " correction will be published as the next version.")
                : Optional.empty());
    }

    /** @param done what the step would do to the return: "sent back", "changed" */
    private Optional<String> whyNotWhileWithTheChiefExecutive(Cycle cycle, ServiceReturn r, String done) {
        boolean printed = AT_SIGN_OFF_OR_CHECK.contains(r.status()) && (compiling(cycle.id())
                || WITH_THE_CHIEF_EXECUTIVE.contains(cycle.status())
                        && cycles.lastCompiledAt(cycle.id()).map(at -> !r.submittedAt().isAfter(at)).orElse(true));
        return printed ? Optional.of("The report is with the chief executive for approval, with " + r.serviceName()
                + "'s return in it as submitted, so the return cannot be " + done + " now: ask the chief executive"
                + " to return the report, or, once it is published, send the return back with a reason to correct"
                + " it.") : Optional.empty();
    }

    private boolean publishedAsSubmitted(Cycle cycle, ServiceReturn r) {
        return AT_SIGN_OFF_OR_CHECK.contains(r.status()) && cycles.lastPublishedCompiledAt(cycle.id())
                .map(at -> !r.submittedAt().isAfter(at)).orElse(false);
    }

    /**
     * The report's compilation has begun and it is not yet published: from the compilation date (or the last return
     * accepted) until publication, returned for revision included. A correction after publication is not counted:
     * its cycle is left as published.
     */
    boolean compilationBegun(Cycle cycle) {
        return COMPILED_NOT_PUBLISHED.contains(cycle.status()) || cycle.status() == CycleStatus.OPEN
                && cycles.pendingChangeNote(cycle.id()) == null
                && (compiling(cycle.id()) || !cycle.compilationDate().isAfter(clock.instant()));
    }

    /** Every return was accepted and the compilation is queued, though the cycle does not say so yet. */
    private boolean compiling(long cycleId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .activityIdIn(CycleProcess.TASK_COMPILE_REPORT).count() > 0;
    }
}
