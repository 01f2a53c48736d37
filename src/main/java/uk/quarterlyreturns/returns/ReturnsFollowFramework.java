package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.process.InstanceEnding;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkChanged;
import uk.quarterlyreturns.framework.NoDirectorException;
import uk.quarterlyreturns.framework.ReportUnderWayException;
import uk.quarterlyreturns.framework.YearStructure;

/**
 * A restructure mid-year reaches the quarter being collected: a measure moved to another service takes its figure
 * with it (a key action its status and commentary), and the histories of both returns say so; a return whose
 * measures and key actions all moved to other services (or were removed) is owed no more, so it is withdrawn with
 * nothing due and its process ended, which stops its chasing and takes its steps out of inboxes; a service that now
 * owes something gets its return, or its withdrawn one back. A return already submitted keeps its items: the
 * framework refuses to move them. A cycle under correction after publication is left as published. A change that
 * would issue a return to a service with no director (nor a deputy) is refused, as opening the cycle is: nobody could
 * sign that return off. So is one that would withdraw or issue a return of a quarter whose report has begun compiling
 * and is not yet published.
 */
@Component
class ReturnsFollowFramework {

    /** Still with the service: what a return may be withdrawn from. */
    private static final Set<ReturnStatus> WITH_THE_SERVICE = EnumSet.of(ReturnStatus.NOT_STARTED,
            ReturnStatus.DRAFT, ReturnStatus.SENT_BACK, ReturnStatus.REOPENED);

    static final String NOTHING_DUE = "Nothing due this quarter: its measures and key actions moved to other"
            + " services or were removed from the framework";
    static final String DUE_AGAIN = "Due again: the framework gives the service measures or key actions this"
            + " quarter";

    private final ReturnsBeingCollectedQuery collecting;
    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final ReturnIssuing issuing;
    private final ReturnTrail trail;
    private final IssuedAndMovedFigures figures;
    private final MovedKeyActions keyActions;
    private final InstanceEnding ending;
    private final ApplicationEventPublisher events;
    private final YearStructure structure;
    private final CycleProgress progress;
    private final EarlierQuartersHeld earlierQuarters;

    ReturnsFollowFramework(ReturnsBeingCollectedQuery collecting, CycleRepository cycles, ReturnRepository returns,
            ReturnIssuing issuing, ReturnTrail trail, IssuedAndMovedFigures figures, MovedKeyActions keyActions,
            InstanceEnding ending, ApplicationEventPublisher events, YearStructure structure, CycleProgress progress,
            EarlierQuartersHeld earlierQuarters) {
        this.earlierQuarters = earlierQuarters;
        this.collecting = collecting;
        this.progress = progress;
        this.cycles = cycles;
        this.returns = returns;
        this.issuing = issuing;
        this.trail = trail;
        this.figures = figures;
        this.keyActions = keyActions;
        this.ending = ending;
        this.events = events;
        this.structure = structure;
    }

    @EventListener
    void frameworkChanged(FrameworkChanged changed) {
        List<Cycle> following = collecting.collecting(changed.yearId());
        earlierQuarters.keep(changed.yearId(), changed.movedFrom(), following.stream().map(Cycle::id).toList());
        following.forEach(cycle -> follow(cycle, changed));
    }

    private void follow(Cycle cycle, FrameworkChanged changed) {
        String by = changed.by();
        Set<Long> owing = new HashSet<>(issuing.owingServices(cycle));
        // The returns it may change are locked before the cycle, as a submission, an acceptance or a reopening takes
        // a return and then its cycle: the other way round, each could wait for the other until PostgreSQL failed one.
        returns.forCycle(cycle.id()).stream().filter(r -> mayChange(r, owing)).map(ServiceReturn::id).sorted()
                .forEach(returns::lock);
        cycles.lock(cycle.id()); // acceptances queue here too, so the last return is counted once
        // read again under the locks: a return submitted meanwhile is not withdrawn
        List<ServiceReturn> issued = returns.forCycle(cycle.id());
        refuseOnceCompiling(cycle, owing, issued);
        refuseWithoutDirector(cycle, owing, issued, changed.newServices());
        boolean withdrawn = false;
        for (ServiceReturn r : issued) {
            boolean owes = owing.contains(r.serviceId());
            if (WITH_THE_SERVICE.contains(r.status())) {
                figures.measuresMovedOut(r.id(), by, movedOutOf(r, changed.movedFrom()));
                keyActions.movedOut(r.id(), by, movedOutOf(r, changed.keyActionsMovedFrom()));
            }
            if (withdrawnBy(r, owing)) {
                withdraw(r, by);
                withdrawn = true;
            } else if (owes && r.status() == ReturnStatus.WITHDRAWN) {
                issuing.issueAgain(r.id());
                trail.status(r.id(), by, ReturnStatus.WITHDRAWN, ReturnStatus.NOT_STARTED, DUE_AGAIN);
                figures.figuresMovedIn(r.id(), changed.movedMeasures());
            } else if (owes && WITH_THE_SERVICE.contains(r.status())) {
                figures.figuresMovedIn(r.id(), changed.movedMeasures());
            }
        }
        issuing.issueReturns(cycle.id()); // a return issued now has every figure in its history, moved in or not
        if (!changed.movedKeyActions().isEmpty()) {
            // the return each moved key action joins, whether it had one, has it again or has it first now
            keyActions.statusesMovedIn(returns.forCycle(cycle.id()).stream()
                    .filter(r -> WITH_THE_SERVICE.contains(r.status())).map(ServiceReturn::id).toList(),
                    changed.movedKeyActions());
        }
        if (withdrawn) {
            progress.returnsSettled(cycle.id()); // counted once every return the change owes is issued
        }
    }

    /**
     * Refuses a change that would withdraw a return, or issue one (first, or again), once the quarter's report has begun
     * compiling and until it is published: the report reads the returns as they stood, and the chief executive approves
     * it as compiled. The refusal names the quarter and the services.
     */
    private void refuseOnceCompiling(Cycle cycle, Set<Long> owing, List<ServiceReturn> issued) {
        if (!progress.compilationBegun(cycle)) {
            return;
        }
        List<String> withdrawing = issued.stream().filter(r -> withdrawnBy(r, owing)).map(ServiceReturn::serviceName)
                .sorted().toList();
        Set<Long> gainingIds = gaining(owing, issued);
        List<String> gaining = structure.services(cycle.yearId()).stream()
                .filter(s -> gainingIds.contains(s.serviceId())).map(YearStructure.PlacedService::name).sorted()
                .toList();
        if (withdrawing.isEmpty() && gaining.isEmpty()) {
            return;
        }
        List<String> would = new ArrayList<>();
        if (!withdrawing.isEmpty()) {
            would.add("withdraw the return of " + String.join(", ", withdrawing));
        }
        if (!gaining.isEmpty()) {
            would.add("issue a return to " + String.join(", ", gaining));
        }
        String quarter = cycle.shortName();
        throw new ReportUnderWayException("The " + quarter + " report has begun compiling from the quarter's returns"
                + " as they stood and is not yet published: this change would " + String.join(" and ", would)
                + ". Make it once the " + quarter + " report is published; that quarter's returns then stay as they"
                + " are.");
    }

    /**
     * The measures (or key actions) the change took from the return's service: the figures (or statuses) its director
     * saw go with them.
     *
     * @param movedFrom each item the change moved, with the service it left
     */
    private static List<Long> movedOutOf(ServiceReturn r, Map<Long, Long> movedFrom) {
        return movedFrom.entrySet().stream().filter(e -> e.getValue() == r.serviceId())
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** A return still with a service that owes nothing now: the change withdraws it. */
    private static boolean withdrawnBy(ServiceReturn r, Set<Long> owing) {
        return !owing.contains(r.serviceId()) && WITH_THE_SERVICE.contains(r.status());
    }

    /** The services the change would give their return now, first or again. */
    private static Set<Long> gaining(Set<Long> owing, List<ServiceReturn> issued) {
        Set<Long> gaining = new HashSet<>(owing);
        issued.stream().filter(r -> r.status() != ReturnStatus.WITHDRAWN).map(ServiceReturn::serviceId)
                .forEach(gaining::remove);
        return gaining;
    }

    /**
     * A return of a service owing nothing now, whatever its status (it may be back with the service by the time it is
     * locked), or a withdrawn one of a service owing again. Only such a change withdraws a return or issues it again.
     */
    private static boolean mayChange(ServiceReturn r, Set<Long> owing) {
        return !owing.contains(r.serviceId()) || r.status() == ReturnStatus.WITHDRAWN;
    }

    /**
     * Services that would get their return now (first, or again) and have nobody to sign it off. A service the change
     * brings in is let through: nobody could be named its director before it existed (the import says so instead).
     * The framework refuses such a change with the file's other mistakes (its NobodyToSignOff); this holds whatever
     * reaches here all the same.
     */
    private void refuseWithoutDirector(Cycle cycle, Set<Long> owing, List<ServiceReturn> issued,
            Set<Long> newServices) {
        Set<Long> gaining = gaining(owing, issued);
        gaining.removeAll(newServices);
        if (gaining.isEmpty()) {
            return; // most changes: nobody's return to issue
        }
        Map<Long, String> refused = new LinkedHashMap<>();
        structure.withoutDirector(cycle.yearId()).stream().filter(s -> gaining.contains(s.serviceId()))
                .forEach(s -> refused.put(s.serviceId(), NoDirectorException.refusal(s.name(), cycle.quarter())));
        if (!refused.isEmpty()) {
            throw new NoDirectorException(refused);
        }
    }

    private void withdraw(ServiceReturn r, String by) {
        returns.setStatus(r.id(), ReturnStatus.WITHDRAWN);
        trail.status(r.id(), by, r.status(), ReturnStatus.WITHDRAWN, NOTHING_DUE);
        // A job of the return running meanwhile (its notice, a chase) is waited for, not a failure of the change.
        returns.processInstance(r.id()).ifPresent(instance -> ending.end(instance, NOTHING_DUE));
        events.publishEvent(new ReturnEvent(r.id(), ReturnEvent.Kind.WITHDRAWN, by, NOTHING_DUE));
    }
}
