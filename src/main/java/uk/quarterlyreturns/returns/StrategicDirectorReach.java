package uk.quarterlyreturns.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ContinuedDirectorates;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.Covers;
import uk.quarterlyreturns.people.Person;

/**
 * Which returns a strategic director answers for (their directorate's, under its names of that year) and which they
 * may read besides: as cover for another strategic director, or for a service now in their directorate.
 */
@Component
class StrategicDirectorReach {

    private final ContinuedDirectorates continuations;
    private final CycleRepository cycles;
    private final Clock clock;
    private final Organisation organisation;
    private final Covers covers;

    StrategicDirectorReach(ContinuedDirectorates continuations, CycleRepository cycles, Clock clock,
            Organisation organisation, Covers covers) {
        this.continuations = continuations;
        this.cycles = cycles;
        this.clock = clock;
        this.organisation = organisation;
        this.covers = covers;
    }

    /** Theirs to read as a strategic director: their directorate's, a service's now in it, or as cover. */
    boolean mayRead(Person p, ServiceReturn r) {
        return answersAsStrategicDirector(p, r) || coversTheStrategicDirectorOf(p, r);
    }

    private boolean answersAsStrategicDirector(Person p, ServiceReturn r) {
        return isStrategicDirectorOf(p, r) || answersForTheServiceToday(p, r);
    }

    /**
     * Cover for a strategic director, within its period, receives the escalations meant for them, and the escalation
     * links to the return: theirs to read as the director covered may, not to countersign.
     */
    private boolean coversTheStrategicDirectorOf(Person p, ServiceReturn r) {
        return p.has(Role.STRATEGIC_DIRECTOR) && covers.coveredBy(p.username(), LocalDate.now(clock)).stream()
                .anyMatch(covered -> answersAsStrategicDirector(covered, r));
    }

    /**
     * A strategic director of the directorate the service sits in now, reading an earlier year's return from before
     * it moved there: a late one is escalated to them when its old directorate has nobody to tell (Chasing), and
     * the escalation links to the return. Reading only: countersigning stays with that year's directorate.
     */
    private boolean answersForTheServiceToday(Person p, ServiceReturn r) {
        return p.has(Role.STRATEGIC_DIRECTOR) && p.directorateId() != null && organisation.findService(r.serviceId())
                .map(today -> today.directorateId() == p.directorateId()).orElse(false);
    }

    /** The strategic director of the directorate the service sits in that year: the one who may countersign it. */
    boolean isStrategicDirectorOf(Person p, ServiceReturn r) {
        // their own directorate needs no look-up of renames: lists of a directorate's returns ask once a row
        return p.has(Role.STRATEGIC_DIRECTOR) && p.directorateId() != null
                && (r.directorateId() == p.directorateId() || directoratesAnsweredBy(p,
                        cycles.find(r.cycleId()).orElseThrow().yearId()).contains(r.directorateId()));
    }

    /**
     * A strategic director's directorate in a reporting year, and any renamed into it after that year that they
     * moved from (DirectorateContinuations): last year's fourth quarter, under the old name, is still theirs; the old
     * directorate in a later year that has it again is not. None for anyone else.
     */
    Set<Long> directoratesAnsweredBy(Person p, long yearId) {
        return p.has(Role.STRATEGIC_DIRECTOR) && p.directorateId() != null
                ? continuations.answeredFor(p.directorateId(), yearId) : Set.of();
    }
}
