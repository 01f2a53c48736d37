package uk.quarterlyreturns.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.db.PerTransaction;
import uk.quarterlyreturns.people.Delegation;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.TaskGroups;

/** Who serviceReturn's tasks are offered to, and their due date ("returnTasks" in its expressions). */
@Component(ReturnTasks.BEAN)
public class ReturnTasks {

    /** The name serviceReturn's task expressions calls this bean by. */
    public static final String BEAN = "returnTasks";

    private final PeopleService people;
    private final Delegations delegations;
    private final JdbcClient jdbc;
    private final Clock clock;

    // A task's candidates and due date are evaluated one after another: the return is read once for all.
    private final PerTransaction<Long, TaskFacts> facts = new PerTransaction<>();

    ReturnTasks(PeopleService people, Delegations delegations, JdbcClient jdbc, Clock clock) {
        this.people = people;
        this.delegations = delegations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String preparerGroups(long returnId) {
        return TaskGroups.service(serviceOf(returnId));
    }

    /**
     * The deputies named for today or a day to come: a step that begins before a deputy's period (the return
     * submitted before the director's leave) reaches them when it starts, the inbox showing it only within it.
     */
    public List<String> deputies(long returnId) {
        LocalDate today = LocalDate.now(clock);
        List<String> named = delegations.forService(serviceOf(returnId)).stream()
                .filter(d -> d.state(today).open()).map(Delegation::deputy).distinct().toList();
        return named.isEmpty() ? List.of() : people.find(named).stream().filter(Delegations::mayBeDeputy)
                .map(Person::username).toList();
    }

    /** The post of the service's director, so that a director named after the step began is offered it too. */
    public String signerGroups(long returnId) {
        return TaskGroups.directors(serviceOf(returnId));
    }

    /** The service's director(s) and any deputy for the period; never a data officer. */
    public List<String> signers(long returnId) {
        long service = serviceOf(returnId);
        List<String> signers = new ArrayList<>(people.inService(service, Role.SERVICE_DIRECTOR).stream()
                .map(Person::username).toList());
        deputies(returnId).stream().filter(d -> !signers.contains(d)).forEach(signers::add);
        return signers;
    }

    public Date deadline(long returnId) {
        return facts(returnId).deadline();
    }

    private long serviceOf(long returnId) {
        return facts(returnId).serviceId();
    }

    private TaskFacts facts(long returnId) {
        return facts.get(returnId, id -> jdbc.sql("""
                select r.service_id, c.submission_deadline, r.extended_to
                from service_return r join cycle c on c.id = r.cycle_id where r.id = :id""").param("id", id)
                .query((rs, n) -> new TaskFacts(rs.getLong(1), Date.from(ServiceReturn.deadline(
                        ReturnRepository.instant(rs, "extended_to"), rs.getTimestamp(2).toInstant())))).optional()
                .orElseThrow(() -> new IllegalArgumentException("No return " + id)));
    }

    /** The return's service, which never changes, and its own deadline (an extension, or its cycle's). */
    private record TaskFacts(long serviceId, Date deadline) {
    }
}
