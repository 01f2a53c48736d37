package uk.quarterlyreturns.returns.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.AcceptanceRules;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.returns.StepTaker;

/**
 * A signed-off return gives its service no task, yet cannot be accepted while a challenge on it waits for the service's
 * answer: the inbox of whoever may answer (the director, the deputy of the day, the data officers) lists such a return
 * above its tasks, with how many challenges wait, linking to the return, where they are answered.
 */
@Component
class InboxChallenges {

    /** A signed-off return with challenges waiting: "Housing return, Q2 2017/18: 2 challenges waiting for your answer". */
    record Waiting(String words, String path) {
    }

    private final PeopleService people;
    private final ReturnPermissions permissions;
    private final ReturnRepository returns;
    private final ReturnTrail trail;
    private final CycleRepository cycles;

    InboxChallenges(PeopleService people, ReturnPermissions permissions, ReturnRepository returns, ReturnTrail trail,
            CycleRepository cycles) {
        this.people = people;
        this.permissions = permissions;
        this.returns = returns;
        this.trail = trail;
        this.cycles = cycles;
    }

    /**
     * Nothing more is read for someone who never prepares a return (the performance team, a chief executive); a
     * strategic director may, as a director's deputy.
     */
    List<Waiting> forUser(String username) {
        Person person = people.find(username).orElseThrow();
        if (person.has(Role.PERFORMANCE_TEAM) || person.has(Role.CHIEF_EXECUTIVE)) {
            return List.of();
        }
        StepTaker me = permissions.taker(username);
        Set<Long> services = new HashSet<>(me.deputising());
        Optional.ofNullable(person.serviceId()).ifPresent(services::add);
        return returns.signedOff(services).stream().filter(me::mayPrepare).map(this::waiting)
                .flatMap(Optional::stream).toList();
    }

    private Optional<Waiting> waiting(ServiceReturn r) {
        int open = AcceptanceRules.openSinceSignOff(trail.forReturn(r.id())).size();
        if (open == 0) {
            return Optional.empty();
        }
        return cycles.find(r.cycleId()).map(cycle -> new Waiting(r.serviceName() + " return, " + cycle.shortName()
                + ": " + open + (open == 1 ? " challenge" : " challenges") + " waiting for your answer",
                ReturnView.path(r.id())));
    }
}
