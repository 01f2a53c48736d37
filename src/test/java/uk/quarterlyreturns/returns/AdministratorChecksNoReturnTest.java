package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FeedRoute;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * An administrator feeds figures and changes the framework, as the performance team does, but checks no service's
 * work: the quality check's every step refuses them, however they reach it (the screens that offer the steps are the
 * performance team's alone, so only the services below stand in the way).
 */
class AdministratorChecksNoReturnTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired FigureImport figures;
    @Autowired ReturnWorkflow workflow;
    @Autowired BulkAcceptance bulk;
    @Autowired Challenges challenges;
    @Autowired ReturnTrail trail;

    @Test
    void anAdministratorWhoFedTheFiguresNeitherAcceptsChallengesNorSendsBackTheReturn() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4163);
        long id = scenario.housing.id();
        figures.importValues(scenario.year, 2, TabularFile.read("code,value\nHF-1,85\nHF-2,55\n"
                .getBytes(StandardCharsets.UTF_8), "values.csv"), "admin", FeedRoute.FRAMEWORK_SCREEN);
        scenario.keyActionOnTrack(2);
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        String refusal = "Only the performance team may quality-check, accept, send back or reopen returns";

        assertThatThrownBy(() -> workflow.accept(id, "admin")).isInstanceOf(NotAllowedException.class)
                .hasMessage(refusal);
        assertThatThrownBy(() -> bulk.preview(List.of(id), "admin")).isInstanceOf(NotAllowedException.class)
                .hasMessage(refusal);
        assertThatThrownBy(() -> bulk.accept(List.of(id), "admin")).isInstanceOf(NotAllowedException.class)
                .hasMessage(refusal);
        assertThatThrownBy(() -> challenges.challenge(id, "HF-1", "admin", "Is 85% right?"))
                .isInstanceOf(NotAllowedException.class).hasMessage(refusal);
        assertThatThrownBy(() -> workflow.sendBackByPerformanceTeam(id, "admin", "Recount HF-1"))
                .isInstanceOf(NotAllowedException.class).hasMessage(refusal);

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(trail.forReturn(id)).filteredOn(e -> e.actor().equals("admin"))
                .as("the administrator's figures, and nothing else").extracting(ReturnTrail.Event::kind)
                .containsOnly("VALUE");
        workflow.accept(id, "perf");
        assertThat(scenario.reload().status()).as("the performance team accepts it").isEqualTo(ReturnStatus.ACCEPTED);
    }
}
