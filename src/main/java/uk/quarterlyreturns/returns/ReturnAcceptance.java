package uk.quarterlyreturns.returns;

import static uk.quarterlyreturns.returns.StepChecks.requireStatus;
import static uk.quarterlyreturns.returns.StepChecks.requireUnchanged;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The performance team's acceptance of a return they checked (ReturnWorkflow's step), and why it may not be yet. */
@Component
class ReturnAcceptance {

    private final ReturnRepository returns;
    private final ReturnStepRecords steps;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;
    private final ReturnValidation validation;
    private final StepTasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EarlierFiguresMadeFinal earlierFigures;
    private final QualityCheckClaims claims;

    ReturnAcceptance(ReturnRepository returns, ReturnStepRecords steps, ReturnPermissions permissions,
            ReturnTrail trail, ReturnValidation validation, StepTasks tasks, ApplicationEventPublisher events,
            Clock clock, EarlierFiguresMadeFinal earlierFigures, QualityCheckClaims claims) {
        this.claims = claims;
        this.returns = returns;
        this.steps = steps;
        this.permissions = permissions;
        this.trail = trail;
        this.validation = validation;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
        this.earlierFigures = earlierFigures;
    }

    /**
     * The performance team accepts the version they checked, once every challenge since its sign-off is answered
     * and every query on it explained: after acceptance nobody can answer a challenge any more.
     */
    @Transactional
    public void accept(long returnId, int seenVersion, String user, boolean takeOver) {
        ServiceReturn r = returns.lock(returnId);
        permissions.requireAccept(user, r);
        requireStatus(r, ReturnStatus.SIGNED_OFF);
        requireUnchanged(r, seenVersion);
        whyNotAccepted(r).ifPresent(why -> {
            throw new IllegalStateException(r.serviceName() + "'s return cannot be accepted yet: " + why);
        });
        claims.requireFreeOrTakeOver(r, user, takeOver);
        steps.markAccepted(returnId, user, clock.instant());
        trail.status(returnId, user, r.status(), ReturnStatus.ACCEPTED, null);
        // only now, checked by the performance team, do earlier provisional figures it confirmed or revised change
        earlierFigures.onAcceptance(r, user);
        tasks.complete(r, ReturnProcess.TASK_QUALITY_CHECK, user,
                Map.of(ReturnProcess.VAR_DECISION, ReturnProcess.ACCEPTED));
        events.publishEvent(new ReturnEvent(returnId, ReturnEvent.Kind.ACCEPTED, user, null));
    }

    /**
     * Why the return as it stands cannot be accepted yet (an open challenge, a query unexplained), or empty: the page
     * asks before accepting only when acceptance would not be refused for this.
     */
    public Optional<String> whyNotAccepted(long returnId) {
        return returns.find(returnId).flatMap(this::whyNotAccepted);
    }

    private Optional<String> whyNotAccepted(ServiceReturn r) {
        return AcceptanceRules.whyNot(r, AcceptanceRules.openSinceSignOff(trail.forReturn(r.id())),
                validation.problems(r));
    }
}
