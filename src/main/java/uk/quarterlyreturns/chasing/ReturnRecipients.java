package uk.quarterlyreturns.chasing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Whom a return's mail goes to at the moment it is sent. A deputy acts for the director within their period, so
 * every mail to the director goes to the deputy of the day as well; one whose period has ended or not begun gets
 * none. Each person once, even one who is both.
 */
@Component
class ReturnRecipients {

    private final PeopleService people;
    private final Delegations delegations;
    private final Clock clock;
    private final ReturnPermissions permissions;

    ReturnRecipients(PeopleService people, Delegations delegations, Clock clock, ReturnPermissions permissions) {
        this.permissions = permissions;
        this.people = people;
        this.delegations = delegations;
        this.clock = clock;
    }

    /** The service's director, then the deputy named for today: who may sign the return off now. */
    List<Person> signers(ServiceReturn r) {
        return withDeputies(r, people.inService(r.serviceId(), Role.SERVICE_DIRECTOR), List.of());
    }

    /**
     * The enabled performance team who may accept the return: not whoever prepared, submitted or signed it off (the
     * roles are kept apart, but someone given both before that rule keeps them until an administrator mends it).
     */
    List<Person> checkers(ServiceReturn r) {
        return people.withRole(Role.PERFORMANCE_TEAM).stream().filter(p -> permissions.canAccept(p.username(), r))
                .toList();
    }

    /** The director and the deputy for today, then the data officers: whom mail asking for the return goes to. */
    List<Person> serviceStaff(ServiceReturn r) {
        List<Person> staff = people.serviceStaff(r.serviceId());
        int directors = (int) staff.stream().filter(p -> p.has(Role.SERVICE_DIRECTOR)).count();
        return withDeputies(r, staff.subList(0, directors), staff.subList(directors, staff.size()));
    }

    /**
     * The same as {@link #serviceStaff} for each of many returns, by return id, in four statements however many: the
     * directors and data officers read once for them all, as the deputies of the day and who they are.
     */
    Map<Long, List<Person>> serviceStaff(Collection<ServiceReturn> rs) {
        if (rs.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Person>> directors = byService(people.withRole(Role.SERVICE_DIRECTOR));
        Map<Long, List<Person>> officers = byService(people.withRole(Role.DATA_OFFICER).stream()
                .filter(p -> !p.has(Role.SERVICE_DIRECTOR)).toList());
        Map<Long, List<Person>> deputies = delegations.activeDeputies(
                rs.stream().map(ServiceReturn::serviceId).distinct().toList(), LocalDate.now(clock));
        Map<Long, List<Person>> staff = new HashMap<>();
        rs.forEach(r -> staff.put(r.id(), once(directors.getOrDefault(r.serviceId(), List.of()),
                deputies.getOrDefault(r.serviceId(), List.of()), officers.getOrDefault(r.serviceId(), List.of()))));
        return staff;
    }

    /** The directors, the deputies for today, then the others; each person once. */
    List<Person> withDeputies(ServiceReturn r, List<Person> directors, List<Person> others) {
        List<String> deputies = delegations.activeDeputies(r.serviceId(), LocalDate.now(clock));
        return once(directors, deputies.isEmpty() ? List.of() : people.find(deputies), others);
    }

    private static List<Person> once(List<Person> directors, List<Person> deputies, List<Person> others) {
        Map<String, Person> once = new LinkedHashMap<>();
        Stream.of(directors, deputies, others).flatMap(List::stream).forEach(p -> once.putIfAbsent(p.username(), p));
        return List.copyOf(once.values());
    }

    /** People by their service, each list in the order it was read. */
    private static Map<Long, List<Person>> byService(List<Person> people) {
        return people.stream().filter(p -> p.serviceId() != null)
                .collect(Collectors.groupingBy(Person::serviceId, Collectors.toList()));
    }
}
