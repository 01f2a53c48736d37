package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.QualityCheck;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ReviewItem;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.TwoServiceFramework;

/**
 * A challenged item's code put right in other letters by a file during the quality check (`erc009` as `ERC009`, `H-1`
 * as `h-1`): its challenge stays with it under the new spelling, shown in the quality check, answered by that code,
 * and the return is accepted. Before, the challenge sat under the old spelling: shown nowhere, unanswerable, and
 * holding acceptance up for good. Years 7621-22 and 7622-23.
 */
class RespeltCodeUnderChallengeTest extends ApplicationTest {

    private static final String ACTIONS = "code,title,directorate,service,theme\n";
    private static final String FRAMEWORK = TwoServiceFramework.HEADER;
    private static final String ENGAGE = ",Engage with businesses,Economy and Infrastructure,Housing,Ambitious\n";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired FrameworkImport imports;
    @Autowired KeyActionRepository actions;
    @Autowired YearRepository years;
    @Autowired ReturnEditing editing;
    @Autowired Challenges challenges;
    @Autowired QualityCheck qualityCheck;
    @Autowired ReturnSheets sheets;

    private CycleScenario scenario;

    @AfterEach
    void end() {
        CycleScenario.end(scenario);
    }

    @Test
    void aKeyActionRespeltKeepsItsChallengeAndTheReturnIsAccepted() throws Exception {
        scenario = CycleScenario.of(context, 7621);
        imports.importKeyActions(scenario.year, csv(ACTIONS + "erc009" + ENGAGE));
        ServiceReturn housing = signedOff();
        challenges.challenge(housing.id(), "erc009", "perf", "Is this really on plan?");

        imports.importKeyActions(scenario.year, csv(ACTIONS + "ERC009" + ENGAGE));

        answeredUnderAndAccepted(housing, "ERC009");
    }

    @Test
    void aMeasureRespeltKeepsItsChallengeAndTheReturnIsAccepted() throws Exception {
        scenario = CycleScenario.of(context, 7622);
        ServiceReturn housing = signedOff();
        challenges.challenge(housing.id(), "H-1", "perf", "Why so much better than last quarter?");

        imports.importMeasures(scenario.year, csv(FRAMEWORK + "h-1,Percentage of repairs completed on time,"
                + "Economy and Infrastructure,Housing,Ambitious,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,"
                + "FIVE_POINT\n"));

        answeredUnderAndAccepted(housing, "h-1");
    }

    /** Housing's Q1 return, H-1 at 60 (and its key action on plan, when the year has one), signed off. */
    private ServiceReturn signedOff() {
        scenario.open(ChasePolicy.DEFAULT);
        ServiceReturn housing = scenario.returnOf("Housing");
        scenario.enter("H-1", "60");
        long yearId = years.find(scenario.year).orElseThrow().id();
        for (var action : actions.forYear(yearId)) {
            editing.saveKeyAction(housing.id(), action.id(), null, new ActionEntry(Rag.GREEN, "on plan", null, null),
                    "data.housing");
        }
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(housing.id(), "data.housing");
        workflow.signOff(housing.id(), "dir.housing");
        scenario.awaitTask(housing.id(), ReturnProcess.TASK_QUALITY_CHECK);
        return housing;
    }

    /** The quality check shows the challenge on the item as now spelled; answered by that code, the return accepted. */
    private void answeredUnderAndAccepted(ServiceReturn housing, String code) {
        assertThat(items(housing)).filteredOn(i -> i.code().equals(code)).singleElement().satisfies(i -> {
            assertThat(i.flags()).contains(ReviewItem.Flag.CHALLENGE);
            assertThat(i.challengeOpen()).isTrue();
            assertThat(i.challenges()).hasSize(1);
        });

        challenges.answer(housing.id(), code, "data.housing", "Checked: it is");
        assertThat(items(housing)).filteredOn(i -> i.code().equals(code)).singleElement()
                .satisfies(i -> assertThat(i.challengeOpen()).isFalse());
        workflow.accept(housing.id(), "perf");

        assertThat(scenario.reload(housing).status()).isEqualTo(ReturnStatus.ACCEPTED);
    }

    private List<ReviewItem> items(ServiceReturn housing) {
        return qualityCheck.items(sheets.load(housing.id()), "perf");
    }

    private static TabularFile csv(String text) throws Exception {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "a.csv");
    }
}
