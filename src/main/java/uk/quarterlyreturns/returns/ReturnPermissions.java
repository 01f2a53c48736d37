package uk.quarterlyreturns.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.Covers;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;

/**
 * Who may do what with a return (docs/roles.md): its service's data officers, director and the director's
 * deputy prepare it; only the director or that deputy signs it off, never a data officer; the performance
 * team checks and accepts, but nobody accepts a return they prepared, submitted or signed off; the strategic
 * director of the return's directorate may countersign it, unless they prepared, submitted or signed it off.
 */
@Component
public class ReturnPermissions {

    private final PeopleService people;
    private final Delegations delegations;
    private final ReturnTrail trail;
    private final DirectorateContinuations continuations;
    private final CycleRepository cycles;
    private final Clock clock;
    private final Organisation organisation;
    private final Covers covers;

    ReturnPermissions(PeopleService people, Delegations delegations, ReturnTrail trail,
            DirectorateContinuations continuations, CycleRepository cycles, Clock clock, Organisation organisation,
            Covers covers) {
        this.covers = covers;
        this.organisation = organisation;
        this.continuations = continuations;
        this.cycles = cycles;
        this.people = people;
        this.delegations = delegations;
        this.trail = trail;
        this.clock = clock;
    }

    public boolean canPrepare(String username, ServiceReturn r) {
        return taker(username).mayPrepare(r);
    }

    public boolean canSignOff(String username, ServiceReturn r) {
        return taker(username).maySignOff(r);
    }

    /**
     * Whether the person may take this step of the return's process now. The engine offers the completing and
     * sign-off steps by name to the day's deputies and directors when the step begins, and keeps the names: a
     * deputy whose period has ended, or a director moved to another service, stays on that list.
     */
    public boolean mayTake(String username, ServiceReturn r, String taskKey) {
        return taker(username).mayTake(r, taskKey);
    }

    /** The person and the services they deputise for today, read once to decide any number of returns. */
    public Taker taker(String username) {
        return new Taker(person(username),
                Set.copyOf(delegations.servicesDeputisedBy(username, LocalDate.now(clock))));
    }

    /**
     * These people as takers, read together in two statements however many there are: whether whoever claimed an
     * inbox's steps may still take them. Someone no longer known is left out.
     */
    public Map<String, Taker> takers(Collection<String> usernames) {
        List<Person> found = people.find(usernames);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<Long>> deputising = delegations.servicesDeputisedBy(found, LocalDate.now(clock));
        return found.stream().collect(Collectors.toMap(Person::username,
                p -> new Taker(p, deputising.getOrDefault(p.username(), Set.of()))));
    }

    /** Who may prepare and sign off which return, decided without reading anything more (an inbox's many steps). */
    public record Taker(Person person, Set<Long> deputising) {

        public boolean mayPrepare(ServiceReturn r) {
            return isDirector(r) || (person.has(Role.DATA_OFFICER) && r.serviceId() == nz(person.serviceId()))
                    || deputising.contains(r.serviceId());
        }

        public boolean maySignOff(ServiceReturn r) {
            return !person.has(Role.DATA_OFFICER) && (isDirector(r) || deputising.contains(r.serviceId()));
        }

        /** A disabled person takes no step: one they claimed goes to those who may take it now. */
        public boolean mayTake(ServiceReturn r, String taskKey) {
            return person.enabled() && switch (taskKey) {
                case ReturnProcess.TASK_COMPLETE_RETURN -> mayPrepare(r);
                case ReturnProcess.TASK_SIGN_OFF -> maySignOff(r);
                case ReturnProcess.TASK_QUALITY_CHECK -> person.has(Role.PERFORMANCE_TEAM);
                default -> false;
            };
        }

        /**
         * The report's own steps: its approval is the chief executive's, its revision the performance team's, whoever
         * holds the role now (a chief executive replaced or disabled takes neither, even one they claimed).
         */
        public boolean mayTakeReportStep(String taskKey) {
            return person.enabled() && switch (taskKey) {
                case CycleProcess.TASK_APPROVE_REPORT -> person.has(Role.CHIEF_EXECUTIVE);
                case CycleProcess.TASK_REVISE_REPORT -> person.has(Role.PERFORMANCE_TEAM);
                default -> false;
            };
        }

        private boolean isDirector(ServiceReturn r) {
            return person.has(Role.SERVICE_DIRECTOR) && r.serviceId() == nz(person.serviceId());
        }
    }

    public boolean isPerformanceTeam(String username) {
        return person(username).has(Role.PERFORMANCE_TEAM);
    }

    /** The performance team accepts, except whoever prepared, submitted or signed off this return. */
    public boolean canAccept(String username, ServiceReturn r) {
        return isPerformanceTeam(username) && !trail.workedOn(r.id(), username);
    }

    /**
     * Directors, data officers and deputies of the service; its strategic director, and their cover within its
     * period; the performance team.
     */
    public boolean canRead(String username, ServiceReturn r) {
        Person p = person(username);
        return canPrepare(username, r) || p.has(Role.PERFORMANCE_TEAM) || p.has(Role.CHIEF_EXECUTIVE)
                || answersAsStrategicDirector(p, r) || coversTheStrategicDirectorOf(p, r);
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

    /** The strategic director of the directorate the service sits in this year, if the work is not their own. */
    public boolean canCountersign(String username, ServiceReturn r) {
        return isStrategicDirectorOf(person(username), r) && !trail.workedOn(r.id(), username);
    }

    public void requireCountersign(String username, ServiceReturn r) {
        if (!isStrategicDirectorOf(person(username), r)) {
            throw new NotAllowedException("Only the strategic director of " + r.directorateName() + " may countersign "
                    + r.serviceName() + "'s return");
        }
        if (trail.workedOn(r.id(), username)) {
            throw new NotAllowedException("You prepared, submitted or signed off " + r.serviceName() + "'s return,"
                    + " so you may not countersign it: nobody countersigns their own work");
        }
    }

    private boolean isStrategicDirectorOf(Person p, ServiceReturn r) {
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
    public Set<Long> directoratesAnsweredBy(Person p, long yearId) {
        return p.has(Role.STRATEGIC_DIRECTOR) && p.directorateId() != null
                ? continuations.answeredFor(p.directorateId(), yearId) : Set.of();
    }

    public void requirePrepare(String username, ServiceReturn r) {
        if (!canPrepare(username, r)) {
            throw new NotAllowedException("Only " + r.serviceName() + "'s data officers, director or the director's"
                    + " deputy may work on this return");
        }
    }

    public void requireSignOff(String username, ServiceReturn r) {
        if (!canSignOff(username, r)) {
            throw new NotAllowedException("Only " + r.serviceName() + "'s director, or the deputy named for this"
                    + " period, may sign off this return; a data officer never can");
        }
    }

    public void requirePerformanceTeam(String username) {
        if (!isPerformanceTeam(username)) {
            throw new NotAllowedException("Only the performance team may quality-check, accept, send back or reopen"
                    + " returns");
        }
    }

    public void requireAccept(String username, ServiceReturn r) {
        requirePerformanceTeam(username);
        if (trail.workedOn(r.id(), username)) {
            throw new NotAllowedException("You prepared, submitted or signed off " + r.serviceName() + "'s return,"
                    + " so another member of the performance team must accept it: nobody checks their own work");
        }
    }

    public void requireRead(String username, ServiceReturn r) {
        if (!canRead(username, r)) {
            throw new NotAllowedException("You may not see " + r.serviceName() + "'s return");
        }
    }

    private Person person(String username) {
        return people.find(username).orElseThrow(() -> new NotAllowedException("Unknown user " + username));
    }

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }
}
