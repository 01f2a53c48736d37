package uk.quarterlyreturns.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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

    private final ReturnRepository returns;
    private final PeopleService people;
    private final Delegations delegations;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReturnTasks(ReturnRepository returns, PeopleService people, Delegations delegations, JdbcClient jdbc,
            Clock clock) {
        this.returns = returns;
        this.people = people;
        this.delegations = delegations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String preparerGroups(long returnId) {
        return TaskGroups.service(serviceOf(returnId));
    }

    public List<String> deputies(long returnId) {
        return delegations.activeDeputies(serviceOf(returnId), LocalDate.now(clock));
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
        return jdbc.sql("""
                select c.submission_deadline from cycle c join service_return r on r.cycle_id = c.id where r.id = :id
                """).param("id", returnId).query(Date.class).single();
    }

    private long serviceOf(long returnId) {
        return returns.serviceOf(returnId);
    }
}
