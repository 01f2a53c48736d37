package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.TaskGroups;

/**
 * The open steps offered to a person, by name or through their groups, the return each is a step of, and, for a
 * step no longer open to them, why, in the words they are told.
 */
@Component
class OfferedSteps {

    static final String ALREADY_COMPLETED_BY_YOU = "You already completed this step in another tab or window";
    static final String ALREADY_COMPLETED = "This step has already been completed";
    static final String NO_LONGER_OPEN = "This step is no longer open: the return has moved on";
    static final String NOT_OFFERED = "This task is not offered to you";

    private final TaskService tasks;
    private final HistoryService history;
    private final PeopleService people;
    private final ReturnRepository returns;

    OfferedSteps(TaskService tasks, HistoryService history, PeopleService people, ReturnRepository returns) {
        this.tasks = tasks;
        this.history = history;
        this.people = people;
        this.returns = returns;
    }

    /** The step, while open and offered to this person (claimed by anyone or not); null otherwise. */
    Task offered(String taskId, String user, Person person) {
        return tasks.createTaskQuery().taskId(taskId).active()
                .or().taskCandidateUser(user).taskCandidateGroupIn(TaskGroups.of(person)).includeAssignedTasks()
                .endOr().singleResult();
    }

    /**
     * Why a step is not open to this person: completed (or ended) since their page showed it, said in those words
     * and by whom to someone it was offered to; to anyone else, that it is not theirs, telling them nothing more.
     */
    RuntimeException notOpen(String taskId, String user, Person person) {
        HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (ended == null || !wasOffered(ended, user, person)) {
            return new NotAllowedException(NOT_OFFERED);
        }
        if (!"completed".equals(ended.getDeleteReason())) {
            return new IllegalStateException(NO_LONGER_OPEN);
        }
        String by = ended.getAssignee(); // a step is completed in its completer's name (TaskCompletions)
        return new IllegalStateException(by == null ? ALREADY_COMPLETED : by.equals(user) ? ALREADY_COMPLETED_BY_YOU
                : ALREADY_COMPLETED + " by " + people.find(by).map(Person::displayName).orElse(by));
    }

    private boolean wasOffered(HistoricTaskInstance task, String user, Person person) {
        List<String> groups = TaskGroups.of(person);
        return user.equals(task.getAssignee()) || history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .list().stream().anyMatch(link -> user.equals(link.getUserId()) || groups.contains(link.getGroupId()));
    }

    /** A return's step offered by name when it began (see ReturnPermissions.mayTake); null for the report's. */
    ServiceReturn returnOf(Task task) {
        if (task == null) {
            return null;
        }
        String instance = task.getProcessInstanceId();
        return returns.byProcessInstance(Set.of(instance)).get(instance);
    }
}
