package uk.quarterlyreturns.returns.ui;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.TaskGroups;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.returns.StepTaker;
import uk.quarterlyreturns.base.calendar.LondonTime;

/** The open tasks a person may do: assigned to them, offered to them by name, or to one of their groups. */
@Component
public class InboxTasks {

    private final TaskService tasks;
    private final PeopleService people;
    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final ReturnPermissions permissions;
    private final Clock clock;
    private final ReportApproval approval;
    private final InboxQuery query;

    InboxTasks(TaskService tasks, PeopleService people, ReturnRepository returns, CycleRepository cycles,
            ReturnPermissions permissions, Clock clock, ReportApproval approval, InboxQuery query) {
        this.approval = approval;
        this.query = query;
        this.tasks = tasks;
        this.people = people;
        this.returns = returns;
        this.cycles = cycles;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * One task query, then one query for the returns behind the tasks and one for the cycles, at most two for who
     * may still take a service's steps and two for whether those who claimed them still may: the inbox costs the
     * same few statements however many tasks it holds. Only a task outside any return (the report's approval) is
     * looked up on its own.
     */
    public List<InboxItem> forUser(String username) {
        Person person = people.find(username).orElseThrow();
        List<Task> open = query.openTasks(username, TaskGroups.of(person));
        Map<String, ServiceReturn> returnsByInstance = returns.byProcessInstance(
                open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        Map<Long, Cycle> cyclesById = open.isEmpty() ? Map.of()
                : cycles.all().stream().collect(Collectors.toMap(Cycle::id, c -> c));
        // read once, and only when a service's own step (or a check of one's own) is listed
        Supplier<StepTaker> taker = memoise(() -> permissions.taker(username));
        // read once, and only when a step claimed by a colleague is found
        Supplier<Map<String, StepTaker>> claimants = memoise(() -> permissions.takers(open.stream()
                .map(Task::getAssignee).filter(a -> a != null && !a.equals(username)).collect(Collectors.toSet())));
        return open.stream().filter(task -> listed(task, returnsByInstance, username, taker, claimants)).map(task -> {
            ServiceReturn r = returnsByInstance.get(task.getProcessInstanceId());
            return r != null ? Optional.ofNullable(cyclesById.get(r.cycleId())).map(c -> returnItem(task, r, c,
                    formerClaimant(task, username, claimants)))
                    : reportItem(task, cyclesById, formerClaimant(task, username, claimants), username);
        }).flatMap(Optional::stream).toList();
    }

    /**
     * A return's completing and sign-off steps were offered by name to the deputies and directors of the day they
     * began: asked again now, so that a deputy whose period has ended no longer sees them, not even one they
     * claimed. A step a colleague claimed is listed only once that colleague may no longer take it, for the others
     * to take over. The quality check is offered to the performance team's group, which InboxQuery reads
     * afresh; the report's steps (approval, revision) are listed unclaimed, claimed by this person while they may
     * still take them, or claimed by a colleague who may no longer take them (ReturnPermissions.mayTakeReportStep).
     */
    private static boolean listed(Task task, Map<String, ServiceReturn> returnsByInstance, String username,
            Supplier<StepTaker> taker, Supplier<Map<String, StepTaker>> claimants) {
        ServiceReturn r = returnsByInstance.get(task.getProcessInstanceId());
        String claimant = task.getAssignee();
        boolean colleagues = claimant != null && !claimant.equals(username);
        String key = task.getTaskDefinitionKey();
        if (r == null) {
            // the report's steps: one's own claim only while one may still take it; a colleague's once they may not
            return taker.get().mayTakeReportStep(key)
                    && !(colleagues && mayStillTakeReportStep(claimants.get().get(claimant), key));
        }
        // an open check, or one a colleague claimed, came through the performance team's group; one's own is asked
        boolean offeredAfresh = ReturnProcess.TASK_QUALITY_CHECK.equals(key) && (claimant == null || colleagues);
        if (!offeredAfresh && !taker.get().mayTake(r, key)) {
            return false;
        }
        return !colleagues || !mayStillTake(claimants.get().get(claimant), r, key);
    }

    /** Whoever claimed the step but may no longer take it, by name, or null. */
    private String formerClaimant(Task task, String username, Supplier<Map<String, StepTaker>> claimants) {
        String claimant = task.getAssignee();
        if (claimant == null || claimant.equals(username)) {
            return null;
        }
        StepTaker taker = claimants.get().get(claimant);
        return taker == null ? claimant : taker.person().displayName();
    }

    private static boolean mayStillTakeReportStep(StepTaker claimant, String taskKey) {
        return claimant != null && claimant.mayTakeReportStep(taskKey);
    }

    private static boolean mayStillTake(StepTaker claimant, ServiceReturn r, String taskKey) {
        return claimant != null && claimant.mayTake(r, taskKey);
    }

    private static <T> Supplier<T> memoise(Supplier<T> read) {
        Object[] held = new Object[1];
        return () -> {
            if (held[0] == null) {
                held[0] = read.get();
            }
            @SuppressWarnings("unchecked")
            T value = (T) held[0];
            return value;
        };
    }

    private Optional<InboxItem> reportItem(Task task, Map<Long, Cycle> cyclesById, String formerClaimant,
            String username) {
        Object cycleId = tasks.getVariable(task.getId(), CycleProcess.VAR_CYCLE_ID);
        return cycleId instanceof Number id ? Optional.ofNullable(cyclesById.get(id.longValue()))
                .map(c -> reportItem(task, c, formerClaimant, notYours(task, c, username))) : Optional.empty();
    }

    /**
     * Why a chief executive may not approve the report though its approval is offered to them (they had a hand in
     * it): said in the inbox as on the approval page, where they may still read it and return it with comments.
     */
    private String notYours(Task task, Cycle cycle, String username) {
        return CycleProcess.TASK_APPROVE_REPORT.equals(task.getTaskDefinitionKey())
                ? approval.whyNotApprove(cycle.id(), username).orElse(null) : null;
    }

    private InboxItem returnItem(Task task, ServiceReturn r, Cycle cycle, String formerClaimant) {
        // The quality check opens on its grid; the full form is one link from there.
        String path = ReturnProcess.TASK_QUALITY_CHECK.equals(task.getTaskDefinitionKey())
                ? QualityCheckView.path(r.id()) : ReturnView.path(r.id());
        return item(task, r.serviceName() + " return", cycle, r.serviceName(), r.status().label(), path,
                formerClaimant, null);
    }

    private InboxItem reportItem(Task task, Cycle cycle, String formerClaimant, String notYours) {
        return item(task, "Corporate performance report", cycle, "", cycle.status().label(),
                "reports/" + cycle.id() + "/approval", formerClaimant, notYours);
    }

    private InboxItem item(Task task, String about, Cycle cycle, String service, String status, String path,
            String formerClaimant, String notYours) {
        if (task.getDueDate() == null) {
            return new InboxItem(task.getId(), task.getName(), about, cycle.shortName(), service, null, "",
                    InboxItem.Urgency.NONE, status, path, task.getAssignee(), formerClaimant, notYours);
        }
        ZonedDateTime due = task.getDueDate().toInstant().atZone(LondonTime.ZONE);
        ZonedDateTime now = ZonedDateTime.now(clock);
        long days = LondonTime.daysUntil(now, due);
        InboxItem.Urgency urgency = !now.isBefore(due) ? InboxItem.Urgency.OVERDUE
                : days <= 2 ? InboxItem.Urgency.SOON : InboxItem.Urgency.NONE;
        return new InboxItem(task.getId(), task.getName(), about, cycle.shortName(), service, due.toInstant(),
                LondonTime.closesIn(now, due), urgency, status, path, task.getAssignee(), formerClaimant, notYours);
    }
}
