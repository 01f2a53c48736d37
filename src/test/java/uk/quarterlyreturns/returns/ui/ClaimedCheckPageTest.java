package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** A colleague opening a check someone claimed reads, beside Accept, whose it is and since when. */
class ClaimedCheckPageTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired TaskClaims claims;
    @Autowired TaskService tasks;
    @Autowired PeopleService people;

    @Test
    void theCheckPageNamesWhoClaimedItBesideAccept() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7484);
        scenario.completeAndSignOff();
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        long id = scenario.housing.id();
        claims.claim(tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, id)
                .taskDefinitionKey(ReturnProcess.TASK_QUALITY_CHECK).active().singleResult().getId(), "perf");

        signIn("perf");
        open(QualityCheckView.path(id));
        assertThat(_find(Span.class, s -> s.withClasses("check-claimed"))).as("not said to the claimant").isEmpty();

        signIn("perfmgr");
        open(QualityCheckView.path(id));
        assertThat(_get(Span.class, s -> s.withClasses("check-claimed")).getText()).startsWith("Claimed by "
                + people.find("perf").orElseThrow().displayName() + " since ").endsWith("before you decide.");
    }
}
