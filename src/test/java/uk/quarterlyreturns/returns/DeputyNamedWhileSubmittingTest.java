package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Housing's director names a deputy while the data officer's submission of the return is committing. The naming listed
 * the open steps (the return's completion, still there), the submission then completed that step and committed, and
 * offering it to the deputy failed: the whole naming was undone and the director told of an error. The naming now
 * holds the service's returns before it lists their steps: it waits for the submission, then offers the deputy the
 * step that follows, the sign-off. Year 6227 is this class's own.
 */
class DeputyNamedWhileSubmittingTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnRepository returns;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    @Test
    void aDeputyNamedAsTheReturnIsSubmittedIsOfferedItsSignOff() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 6227);
        long housing = scenario.housing.id();
        var service = organisation.findService("Housing").orElseThrow();
        String deputy = "submitting.deputy6227";
        admin.create(new UserFields(deputy, "Sam Standin", deputy + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, service.directorateId()), "a long enough password", "admin");
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        LocalDate today = LocalDate.now(clock);

        Long named = null;
        try {
            named = HeldImports.secondWhileFirstOpen(transactions, () -> {
                workflow.submit(housing, "data.housing");
                return null;
            }, () -> delegations.name(service.id(), deputy, today, today.plusDays(7), "dir.housing")).second();

            scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
            Task signOff = tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, housing)
                    .taskDefinitionKey(ReturnProcess.TASK_SIGN_OFF).active().singleResult();
            assertThat(tasks.getIdentityLinksForTask(signOff.getId())).as("offered to the deputy")
                    .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .extracting(IdentityLink::getUserId).contains(deputy);
            assertThat(returns.find(housing).orElseThrow().status()).isEqualTo(ReturnStatus.SUBMITTED);
        } finally {
            if (named != null) {
                delegations.end(named, "dir.housing");
            }
            OpenedCycles.end(runtime, returns, scenario.cycle.id());
        }
    }
}
