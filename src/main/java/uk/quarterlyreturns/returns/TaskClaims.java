package uk.quarterlyreturns.returns;

import java.util.Set;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.TaskGroups;

/**
 * Claiming a task tells colleagues who share it that someone is on it: it leaves their inboxes until it
 * is released. Only someone the task is offered to, and who may still do it (ReturnPermissions), may claim it;
 * only the claimant may release it.
 */
@Service
public class TaskClaims {

    private final TaskService tasks;
    private final PeopleService people;
    private final ReturnRepository returns;
    private final ReturnPermissions permissions;

    TaskClaims(TaskService tasks, PeopleService people, ReturnRepository returns, ReturnPermissions permissions) {
        this.tasks = tasks;
        this.people = people;
        this.returns = returns;
        this.permissions = permissions;
    }

    public void claim(String taskId, String user) {
        Person person = people.find(user).orElseThrow(() -> new NotAllowedException("No such user"));
        Task offered = tasks.createTaskQuery().taskId(taskId).active()
                .or().taskCandidateUser(user).taskCandidateGroupIn(TaskGroups.of(person)).includeAssignedTasks()
                .endOr().singleResult();
        if (offered == null || !mayStillTake(offered, user)) {
            throw new NotAllowedException("This task is not offered to you");
        }
        if (offered.getAssignee() != null) {
            throw new IllegalStateException("Already claimed by " + people.find(offered.getAssignee())
                    .map(Person::displayName).orElse(offered.getAssignee()));
        }
        try {
            tasks.claim(taskId, user);
        } catch (TaskAlreadyClaimedException e) {
            throw new IllegalStateException("Someone claimed it a moment ago: " + e.getTaskAssignee());
        }
    }

    /** A return's step offered by name when it began (see ReturnPermissions.mayTake); the report's steps by role. */
    private boolean mayStillTake(Task task, String user) {
        String instance = task.getProcessInstanceId();
        ServiceReturn r = returns.byProcessInstance(Set.of(instance)).get(instance);
        return r == null || permissions.mayTake(user, r, task.getTaskDefinitionKey());
    }

    public void release(String taskId, String user) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskAssignee(user).active().singleResult();
        if (task == null) {
            throw new NotAllowedException("Only whoever claimed the task can release it");
        }
        tasks.setAssignee(taskId, null);
    }
}
