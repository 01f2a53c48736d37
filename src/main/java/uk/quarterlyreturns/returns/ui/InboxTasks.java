package uk.quarterlyreturns.returns.ui;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.TaskGroups;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.base.calendar.LondonTime;

/** The open tasks a person may do: assigned to them, offered to them by name, or to one of their groups. */
@Component
public class InboxTasks {

    private final TaskService tasks;
    private final PeopleService people;
    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final Clock clock;

    InboxTasks(TaskService tasks, PeopleService people, ReturnRepository returns, CycleRepository cycles,
            Clock clock) {
        this.tasks = tasks;
        this.people = people;
        this.returns = returns;
        this.cycles = cycles;
        this.clock = clock;
    }

    public List<InboxItem> forUser(String username) {
        Person person = people.find(username).orElseThrow();
        List<Task> open = tasks.createTaskQuery().active()
                .or().taskAssignee(username).taskCandidateUser(username)
                .taskCandidateGroupIn(TaskGroups.of(person)).endOr()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list();
        return open.stream().map(this::item).flatMap(Optional::stream).toList();
    }

    private Optional<InboxItem> item(Task task) {
        Map<String, Object> variables = tasks.getVariables(task.getId(),
                List.of(ReturnProcess.VAR_RETURN_ID, CycleProcess.VAR_CYCLE_ID));
        if (variables.get(ReturnProcess.VAR_RETURN_ID) instanceof Number returnId) {
            return returns.find(returnId.longValue()).map(r -> returnItem(task, r));
        }
        if (variables.get(CycleProcess.VAR_CYCLE_ID) instanceof Number cycleId) {
            return cycles.find(cycleId.longValue()).map(c -> reportItem(task, c));
        }
        return Optional.empty();
    }

    private InboxItem returnItem(Task task, ServiceReturn r) {
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        return item(task, r.serviceName() + " return", cycle, r.serviceName(), r.status().label(),
                ReturnView.path(r.id()));
    }

    private InboxItem reportItem(Task task, Cycle cycle) {
        return item(task, "Corporate performance report", cycle, "", cycle.status().label(),
                "reports/" + cycle.id() + "/approval");
    }

    private InboxItem item(Task task, String about, Cycle cycle, String service, String status, String path) {
        if (task.getDueDate() == null) {
            return new InboxItem(task.getId(), task.getName(), about, cycle.shortName(), service, null, "",
                    InboxItem.Urgency.NONE, status, path, task.getAssignee());
        }
        ZonedDateTime due = task.getDueDate().toInstant().atZone(LondonTime.ZONE);
        ZonedDateTime now = ZonedDateTime.now(clock);
        long days = LondonTime.daysUntil(now, due);
        InboxItem.Urgency urgency = !now.isBefore(due) ? InboxItem.Urgency.OVERDUE
                : days <= 2 ? InboxItem.Urgency.SOON : InboxItem.Urgency.NONE;
        return new InboxItem(task.getId(), task.getName(), about, cycle.shortName(), service, due.toInstant(),
                LondonTime.closesIn(now, due), urgency, status, path, task.getAssignee());
    }
}
