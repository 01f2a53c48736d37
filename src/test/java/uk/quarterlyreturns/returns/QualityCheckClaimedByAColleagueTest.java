package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A quality check claimed by one of the performance team, who may still take it, is theirs: a colleague is not led
 * to it as the next return to check, nor accepts it in bulk, so the claimant's challenges are not refused.
 */
class QualityCheckClaimedByAColleagueTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired QualityCheck check;
    @Autowired BulkAcceptance bulk;
    @Autowired TaskClaims claims;
    @Autowired TaskService tasks;
    @Autowired ReturnRepository returns;
    @Autowired PeopleService people;

    @Test
    void aCheckClaimedByAColleagueIsNeitherTheNextToCheckNorAcceptedInBulk() throws Exception {
        // Highways' return stays out: it is where the colleague's "next return to check" starts from
        ReturnScenario scenario = ReturnScenario.open(context, 7483, "fixtures/framework-two-services.csv",
                "fixtures/actions-form.csv", Map.of("HF-1", "70", "HF-2", "50"), 2);
        scenario.completeAndSignOff();
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        long housing = scenario.housing.id();
        ServiceReturn highways = returns.forCycle(scenario.cycle.id()).stream().filter(r -> r.id() != housing)
                .findFirst().orElseThrow();
        assertThat(check.next(highways, "perfmgr")).map(ServiceReturn::id).contains(housing);
        List<BulkAcceptance.Verdict> previewedBefore = bulk.preview(List.of(housing), "perfmgr");
        assertThat(previewedBefore).singleElement().matches(BulkAcceptance.Verdict::acceptable);

        claims.claim(tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, housing)
                .taskDefinitionKey(ReturnProcess.TASK_QUALITY_CHECK).active().singleResult().getId(), "perf");

        String claimant = people.find("perf").orElseThrow().displayName();
        assertThat(check.next(highways, "perfmgr")).isEmpty();
        assertThat(bulk.preview(List.of(housing), "perfmgr")).singleElement().satisfies(v -> {
            assertThat(v.acceptable()).isFalse();
            assertThat(v.reason()).startsWith("claimed by " + claimant + " since ").contains("ask them to release it");
        });
        // a preview confirmed after the claim leaves it too: the claimant's review is not lost
        assertThat(bulk.accept(previewedBefore, "perfmgr").left()).singleElement()
                .satisfies(v -> assertThat(v.reason()).startsWith("claimed by " + claimant));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        // the claimant goes on with it
        assertThat(check.next(highways, "perf")).map(ServiceReturn::id).contains(housing);
        assertThat(bulk.preview(List.of(housing), "perf")).singleElement().matches(BulkAcceptance.Verdict::acceptable);
    }
}
