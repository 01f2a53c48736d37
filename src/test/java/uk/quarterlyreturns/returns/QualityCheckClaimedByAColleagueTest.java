package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    @Autowired ReturnWorkflow workflow;
    @Autowired Challenges challenges;
    @Autowired ReturnTrail trail;

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

    /**
     * A colleague could accept, send back or challenge a check someone claimed, unasked. Each is refused now, naming
     * the claimant, unless the colleague takes the check over, which the return's history records.
     */
    @Test
    void aColleagueDecidesAClaimedCheckOnlyByTakingItOver() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7563);
        scenario.completeAndClaimTheCheck("perf");
        long id = scenario.housing.id();
        int version = scenario.reload().version();
        String claimant = people.find("perf").orElseThrow().displayName();

        for (Runnable decision : List.<Runnable>of(() -> workflow.accept(id, version, "perfmgr"),
                () -> workflow.sendBackByPerformanceTeam(id, version, "perfmgr", "Please check HF-1"),
                () -> challenges.challenge(id, version, "HF-1", "perfmgr", "Is 70 right?"))) {
            assertThatThrownBy(decision::run).isInstanceOf(QualityCheckClaims.ClaimedByColleague.class)
                    .hasMessageStartingWith(claimant + " is checking this return (claimed by " + claimant + " since ")
                    .hasMessageEndingWith("): ask them first, or take the check over from them");
        }
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(trail.forReturn(id)).noneMatch(e -> Challenges.KIND.equals(e.kind()));
        assertThat(scenario.task(ReturnProcess.TASK_QUALITY_CHECK).getAssignee()).isEqualTo("perf");

        challenges.challenge(id, version, "HF-1", "perfmgr", "Is 70 right?", true);
        assertThat(scenario.task(ReturnProcess.TASK_QUALITY_CHECK).getAssignee()).as("the check is theirs now")
                .isEqualTo("perfmgr");
        assertThat(trail.forReturn(id)).filteredOn(e -> TaskClaims.TAKEN_OVER.equals(e.kind())).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("perfmgr");
                    assertThat(e.oldValue()).isEqualTo("perf");
                    assertThat(e.newValue()).isEqualTo("perfmgr");
                    assertThat(e.comment()).isEqualTo("Taken over from a colleague still checking it");
                });
        // sent back, not accepted: the challenge just asked would refuse acceptance whoever held the check
        String taker = people.find("perfmgr").orElseThrow().displayName();
        assertThatThrownBy(() -> workflow.sendBackByPerformanceTeam(id, version, "perf", "Please check HF-1"))
                .as("now the colleague's").isInstanceOf(QualityCheckClaims.ClaimedByColleague.class)
                .hasMessageStartingWith(taker + " is checking this return (claimed by " + taker + " since ");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }
}
