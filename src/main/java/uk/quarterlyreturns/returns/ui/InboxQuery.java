package uk.quarterlyreturns.returns.ui;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The one query for the tasks that may reach a person's inbox: theirs, or offered to them or one of their groups. */
@Component
class InboxQuery {

    private final TaskService tasks;

    InboxQuery(TaskService tasks) {
        this.tasks = tasks;
    }

    /**
     * Active tasks assigned to the person, or offered to them by name or to one of their groups (claimed or not:
     * a colleague's claim is weighed in InboxTasks).
     * Camunda's own or-query joins every open task's candidate links and sorts the distinct rows (180 ms among
     * 100,000 open tasks); asked this way, PostgreSQL finds them by the tasks' and the links' indexes.
     */
    List<Task> openTasks(String username, List<String> groups) {
        StringBuilder candidates = new StringBuilder("I.USER_ID_ = #{user}");
        for (int g = 0; g < groups.size(); g++) {
            candidates.append(g == 0 ? " or I.GROUP_ID_ in (" : ", ").append("#{group").append(g).append('}');
        }
        candidates.append(groups.isEmpty() ? "" : ")");
        // each half of the union is found by an index (the task's assignee, the link's user or group); an "or"
        // across the two tables read every open task
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql("select RES.* from ACT_RU_TASK RES where RES.ID_ in"
                + " (select T.ID_ from ACT_RU_TASK T where T.ASSIGNEE_ = #{user} union select I.TASK_ID_ from"
                + " ACT_RU_IDENTITYLINK I where I.TYPE_ = 'candidate' and (" + candidates + "))"
                + " and RES.SUSPENSION_STATE_ = 1"
                + " order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc")
                .parameter("user", username);
        for (int g = 0; g < groups.size(); g++) {
            query.parameter("group" + g, groups.get(g));
        }
        return query.list();
    }
}
