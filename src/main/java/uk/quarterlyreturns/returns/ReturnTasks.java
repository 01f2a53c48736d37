package uk.quarterlyreturns.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
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
    // A service's deputies, read ahead for a cycle's new returns only: elsewhere they are read when asked, so that a
    // deputy named earlier in the same transaction is offered the step.
    private final PerTransaction<Long, List<String>> deputiesReadAhead = new PerTransaction<>();

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
        long service = serviceOf(returnId);
        return deputiesReadAhead.remembered(service).orElseGet(() -> {
            List<String> named = named(delegations.forService(service));
            return named.isEmpty() ? List.of() : deputies(named, people.find(named));
        });
    }

    /**
     * Reads at once, for these returns about to start their processes in this transaction, what their first task
     * asks of each: its service, deadline and deputies (three statements however many returns).
     */
    @EventListener
    void readAhead(ReturnsStarting starting) {
        Collection<Long> returnIds = starting.returnIds();
        if (returnIds.isEmpty()) {
            return;
        }
        Map<Long, TaskFacts> read = jdbc.sql(FACTS + " where r.id in (:ids)").param("ids", returnIds)
                .query((rs, n) -> Map.entry(rs.getLong("id"), facts(rs))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        facts.rememberAll(read);
        Set<Long> services = read.values().stream().map(TaskFacts::serviceId).collect(Collectors.toSet());
        Map<Long, List<String>> named = new HashMap<>();
        delegations.forServices(services).forEach((service, ds) -> named.put(service, named(ds)));
        List<Person> everyone = people.find(named.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, List<String>> deputies = new HashMap<>();
        services.forEach(service -> deputies.put(service, deputies(named.getOrDefault(service, List.of()), everyone)));
        deputiesReadAhead.rememberAll(deputies);
    }

    /** The deputies named for today or a day to come. */
    private List<String> named(List<Delegation> delegations) {
        LocalDate today = LocalDate.now(clock);
        return delegations.stream().filter(d -> d.state(today).open()).map(Delegation::deputy).distinct().toList();
    }

    /** Those named who may be a deputy still (not since moved to the performance team, say). */
    private static List<String> deputies(List<String> named, List<Person> people) {
        return people.stream().filter(p -> named.contains(p.username())).filter(Delegations::mayBeDeputy)
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
        return facts.get(returnId, id -> jdbc.sql(FACTS + " where r.id = :id").param("id", id)
                .query((rs, n) -> facts(rs)).optional()
                .orElseThrow(() -> new IllegalArgumentException("No return " + id)));
    }

    private static final String FACTS = """
            select r.id, r.service_id, c.submission_deadline, r.extended_to
            from service_return r join cycle c on c.id = r.cycle_id""";

    private static TaskFacts facts(ResultSet rs) throws SQLException {
        return new TaskFacts(rs.getLong("service_id"), Date.from(ServiceReturn.deadline(
                ReturnRepository.instant(rs, "extended_to"), rs.getTimestamp("submission_deadline").toInstant())));
    }

    /** The return's service, which never changes, and its own deadline (an extension, or its cycle's). */
    private record TaskFacts(long serviceId, Date deadline) {
    }
}
