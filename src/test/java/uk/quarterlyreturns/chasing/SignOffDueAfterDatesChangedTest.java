package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A wrong deadline mended after a return was submitted: its director's sign-off falls due at the return's deadline,
 * and kept the wrong one, so the inbox showed it due (or overdue) by a date nobody set. Year 4656-57 is this class's
 * own.
 */
class SignOffDueAfterDatesChangedTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired CycleDateChanges changes;
    @Autowired PeopleService people;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ReturnRepository returns;

    @Test
    void aSubmittedReturnsSignOffFallsDueAtTheMendedDeadline() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4656);
        try {
            scenario.completeAndSubmit();
            scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
            Instant mended = scenario.cycle.submissionDeadline().plus(Duration.ofDays(3));

            changes.change(scenario.cycle.id(), people.find("perf").orElseThrow(), mended,
                    scenario.cycle.compilationDate(), "Typed the 2nd for the 5th", scenario.cycle.submissionDeadline(),
                    scenario.cycle.compilationDate(), true);

            assertThat(tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID,
                    scenario.housing.id()).taskDefinitionKey(ReturnProcess.TASK_SIGN_OFF).singleResult().getDueDate()
                    .toInstant()).isEqualTo(mended.truncatedTo(ChronoUnit.MILLIS));
        } finally {
            OpenedCycles.end(runtime, returns, scenario.cycle.id());
        }
    }
}
