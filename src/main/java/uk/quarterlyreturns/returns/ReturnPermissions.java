package uk.quarterlyreturns.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserRules;

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
    private final StrategicDirectorReach strategicDirectors;
    private final Clock clock;

    ReturnPermissions(PeopleService people, Delegations delegations, ReturnTrail trail,
            StrategicDirectorReach strategicDirectors, Clock clock) {
        this.people = people;
        this.delegations = delegations;
        this.trail = trail;
        this.strategicDirectors = strategicDirectors;
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
    public StepTaker taker(String username) {
        return new StepTaker(person(username),
                Set.copyOf(delegations.servicesDeputisedBy(username, LocalDate.now(clock))));
    }

    /**
     * These people as takers, read together in two statements however many there are: whether whoever claimed an
     * inbox's steps may still take them. Someone no longer known is left out.
     */
    public Map<String, StepTaker> takers(Collection<String> usernames) {
        return takersOf(people.find(usernames));
    }

    /** The same of people already read (found by their address, say): one statement, or none. */
    public Map<String, StepTaker> takersOf(List<Person> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<Long>> deputising = delegations.servicesDeputisedBy(found, LocalDate.now(clock));
        return found.stream().collect(Collectors.toMap(Person::username,
                p -> new StepTaker(p, deputising.getOrDefault(p.username(), Set.of()))));
    }

    public boolean isPerformanceTeam(String username) {
        return person(username).has(Role.PERFORMANCE_TEAM);
    }

    /** The performance team accepts, except whoever prepared, submitted or signed off this return. */
    public boolean canAccept(String username, ServiceReturn r) {
        return isPerformanceTeam(username) && UserRules.rolesKeptApart(person(username)).isEmpty()
                && !trail.workedOn(r.id(), username);
    }

    /**
     * Directors, data officers and deputies of the service; its strategic director, and their cover within its
     * period; the performance team.
     */
    public boolean canRead(String username, ServiceReturn r) {
        Person p = person(username);
        return canPrepare(username, r) || p.has(Role.PERFORMANCE_TEAM) || p.has(Role.CHIEF_EXECUTIVE)
                || strategicDirectors.mayRead(p, r);
    }

    /**
     * The strategic director of the directorate the service sits in this year, if the work is not their own and
     * they are not also of the service (its director, data officer or deputy), the performance team or the chief
     * executive: a countersignature is a second pair of eyes, not the same ones again.
     */
    public boolean canCountersign(String username, ServiceReturn r) {
        return whyNotCountersign(username, r).isEmpty();
    }

    public void requireCountersign(String username, ServiceReturn r) {
        whyNotCountersign(username, r).ifPresent(why -> {
            throw new NotAllowedException(why);
        });
    }

    private Optional<String> whyNotCountersign(String username, ServiceReturn r) {
        Person p = person(username);
        if (!strategicDirectors.isStrategicDirectorOf(p, r)) {
            return Optional.of("Only the strategic director of " + r.directorateName() + " may countersign "
                    + r.serviceName() + "'s return");
        }
        if (trail.workedOn(r.id(), username)) {
            return Optional.of("You prepared, submitted or signed off " + r.serviceName() + "'s return,"
                    + " so you may not countersign it: nobody countersigns their own work");
        }
        if (p.has(Role.PERFORMANCE_TEAM) || p.has(Role.CHIEF_EXECUTIVE) || canPrepare(username, r)) {
            return Optional.of("You are also " + (p.has(Role.PERFORMANCE_TEAM) ? "in the performance team"
                    : p.has(Role.CHIEF_EXECUTIVE) ? "the chief executive" : "one of " + r.serviceName()
                    + "'s director, data officers or deputy") + ", so you may not countersign its return: a"
                    + " countersignature is a second look by someone apart from the return");
        }
        return Optional.empty();
    }

    public void requirePrepare(String username, ServiceReturn r) {
        if (!canPrepare(username, r)) {
            throw new NotAllowedException("Only " + r.serviceName() + "'s data officers, director or the director's"
                    + " deputy may work on this return");
        }
    }

    public void requireSignOff(String username, ServiceReturn r) {
        UserRules.rolesKeptApart(person(username)).ifPresent(why -> {
            throw new NotAllowedException(why);
        });
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
        UserRules.rolesKeptApart(person(username)).ifPresent(why -> {
            throw new NotAllowedException(why);
        });
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
}
