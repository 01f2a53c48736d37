package uk.quarterlyreturns.base.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.NotAllowedException;

/**
 * On every user task's completion: refuses it unless the application completed it after its own checks
 * (segregation of duties holds on every route: UI, API, engine REST, Tasklist).
 */
@Component(GuardTaskCompletion.BEAN)
public class GuardTaskCompletion implements TaskListener {

    /** The name every user task's complete listener calls this bean by. */
    public static final String BEAN = "guardTaskCompletion";

    @Override
    public void notify(DelegateTask task) {
        if (!TaskCompletions.checked(task.getId())) {
            throw new NotAllowedException("'" + task.getName() + "' can only be completed in Quarterly Returns,"
                    + " where the checks on who may do it apply");
        }
    }
}
