package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.ValuesLockedException;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.PeopleInRoles;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;

/**
 * The Q2 return revises Q1's provisional HF-1 (82% to 84%) and is accepted while the Q1 return is reopened for
 * correction: the figure does not change under the Q1 return's editors. The revision waits, and is applied when the
 * Q1 return is accepted again, once; or, if Q1's figure was corrected meanwhile, not at all. Both histories say so.
 * The same holds when Q2 is accepted while the reopening is still committing.
 */
class EarlierFigureWhileReopenedTest extends ApplicationTest {

    private static final String REASON = "Repairs logged after the quarter closed";

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired ValueRepository values;
    @Autowired FigureImport figures;
    @Autowired ReturnTrail trail;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnRepository returns;
    @Autowired QualityCheck checks;
    @Autowired UserAdministration admin;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aRevisionAcceptedWhileTheEarlierReturnIsReopenedWaitsForItsAcceptance() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4920)) {
            long hf1 = revisedThenAcceptedWhileTheFirstQuarterIsReopened(scenario);

            assertThat(values.find(hf1, 1).orElseThrow()).as("not changed inside a return being corrected")
                    .extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("82"), true);
            assertThat(earlier.forReturn(scenario.q2.id())).singleElement()
                    .extracting(EarlierFigures.Offered::applied, EarlierFigures.Offered::waiting)
                    .containsExactly(false, true);
            assertThat(entries(scenario.q1, EarlierFigures.WAITS_FOR_THIS_RETURN)).containsExactly(tuple("perf",
                    "HF-1", "82% (provisional)", "84%", "revised in the Q2 return by data.housing (" + REASON
                            + "): made final when this return is accepted again, if the figure is still 82%"));

            scenario.accept(scenario.q1, 1);

            assertThat(values.find(hf1, 1).orElseThrow()).extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("84"), false);
            assertThat(entries(scenario.q1, EarlierFigures.FINAL_IN_LATER_RETURN)).containsExactly(tuple("perf",
                    "HF-1", "82% (provisional)", "84%", "revised in the Q2 return by data.housing (" + REASON + ")"));
            assertThat(earlier.forReturn(scenario.q2.id())).singleElement()
                    .extracting(EarlierFigures.Offered::applied, EarlierFigures.Offered::waiting)
                    .containsExactly(true, false);
            assertThat(earlier.revisedQuarters(List.of(hf1), 4)).containsEntry(hf1, List.of(1));

            // Q1 reopened and accepted once more: nothing applied twice
            scenario.reopenFirstQuarter("HF-2 corrected");
            scenario.accept(scenario.q1, 1);
            assertThat(entries(scenario.q1, EarlierFigures.FINAL_IN_LATER_RETURN)).hasSize(1);
            assertThat(values.find(hf1, 1).orElseThrow().value()).isEqualTo(new BigDecimal("84"));
        }
    }

    /** While Q1 is reopened, Q2's word on its figure waits too, and the refusal says why, not that it was changed. */
    @Test
    void whileTheEarlierReturnIsReopenedTheLaterReturnsWordIsRefusedSayingSo() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4929)) {
            long hf1 = revisedInTheSecondQuarter(scenario);
            scenario.reopenFirstQuarter("HF-2 corrected");

            assertThatThrownBy(() -> earlier.save(scenario.q2.id(), hf1, 1, new BigDecimal("82"), 1,
                    Decision.CONFIRMED, null, null, "data.housing")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("HF-1 Q1: the Q1 return is reopened for correction; say what became of its figure"
                            + " once it is accepted again");
            assertThat(earlier.forReturn(scenario.q2.id())).singleElement()
                    .extracting(o -> o.said().decision()).isEqualTo(Decision.REVISED);
        }
    }

    /** The values feed may not write Q1's figure under a revision waiting to be applied: Q1 is accepted. */
    @Test
    void theFeedDoesNotChangeAnAcceptedFigureAPendingRevisionWasSaidOf() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4925)) {
            long hf1 = revisedInTheSecondQuarter(scenario);

            assertThatThrownBy(() -> figures.importValues(scenario.year, 1, TabularFile.read(
                    "code,value\nHF-1,90\n".getBytes(StandardCharsets.UTF_8), "values.csv"), "perf"))
                    .isInstanceOf(ValuesLockedException.class);
            scenario.accept(scenario.q2, 2);

            assertThat(values.find(hf1, 1).orElseThrow()).extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("84"), false);
        }
    }

    @Test
    void aWaitingRevisionOfAFigureCorrectedMeanwhileIsNotAppliedAndTheLaterReturnSaysSo() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4921)) {
            long hf1 = revisedThenAcceptedWhileTheFirstQuarterIsReopened(scenario);

            scenario.enter("HF-1", 1, "83");
            scenario.accept(scenario.q1, 1);

            assertThat(values.find(hf1, 1).orElseThrow()).as("the correction stands")
                    .extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("83"), true);
            assertThat(earlier.forReturn(scenario.q2.id())).filteredOn(o -> o.said() != null).singleElement()
                    .extracting(EarlierFigures.Offered::applied, EarlierFigures.Offered::changedMeanwhile,
                            EarlierFigures.Offered::waiting)
                    .containsExactly(true, true, false);
            assertThat(entries(scenario.q2, EarlierFigures.EARLIER_FIGURE)).extracting(t -> t.toList().get(4))
                    .contains("not applied: the Q1 figure had changed meanwhile");
            assertThat(entries(scenario.q1, EarlierFigures.FINAL_IN_LATER_RETURN)).isEmpty();
            assertThat(earlier.revisedQuarters(List.of(hf1), 4)).isEmpty();
        }
    }

    /**
     * The "not applied" entry Q1's acceptance leaves in Q2's history names who accepted Q1; it is no change of
     * theirs to Q2, so they may still accept Q2 and a new version of Q2 does not list it as changed.
     */
    @Test
    void aRevisionNotAppliedAtAnotherReturnsAcceptanceIsNobodysWorkOnTheLaterReturn() throws Exception {
        String checker = "perf.6025";
        PeopleInRoles people = new PeopleInRoles(admin, jdbc);
        people.give(checker, "Pam Second", Role.PERFORMANCE_TEAM);
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 6025)) {
            revisedThenAcceptedWhileTheFirstQuarterIsReopened(scenario);
            scenario.enter("HF-1", 1, "83");
            scenario.completeAndSubmit(scenario.q1, 1);
            workflow.signOff(scenario.q1.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, scenario.q1.id(), ReturnProcess.TASK_QUALITY_CHECK);
            workflow.accept(scenario.q1.id(), checker);
            assertThat(entries(scenario.q2, EarlierFigures.EARLIER_FIGURE)).extracting(t -> t.toList().get(0))
                    .as("kept as the record of Q1's acceptance").contains(checker);

            assertThat(trail.workedOn(scenario.q2.id(), checker)).isFalse();
            workflow.reopen(scenario.q2.id(), "perf", "HF-2 corrected");
            AcceptedReturn.awaitStep(context, scenario.q2.id(), ReturnProcess.TASK_COMPLETE_RETURN);
            scenario.completeAndSubmit(scenario.q2, 2);
            workflow.signOff(scenario.q2.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, scenario.q2.id(), ReturnProcess.TASK_QUALITY_CHECK);
            assertThat(checks.changes(scenario.q2.id()).changes()).extracting(ChangesSinceLastVersion.Change::kind)
                    .doesNotContain(EarlierFigures.EARLIER_FIGURE);
            workflow.accept(scenario.q2.id(), checker);
            assertThat(returns.find(scenario.q2.id()).orElseThrow().acceptedBy()).isEqualTo(checker);
        } finally {
            people.disable(checker);
        }
    }

    /**
     * Q2 is accepted while a colleague's reopening of Q1 is still committing. The acceptance read Q1 as accepted,
     * without its lock, and made the figure final under the reopened return; it now waits for the reopening, then
     * finds Q1 reopened, as above.
     */
    @Test
    void aRevisionAcceptedWhileTheEarlierReturnIsBeingReopenedWaitsForTheReopening() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 6225)) {
            long hf1 = revisedInTheSecondQuarter(scenario);
            scenario.completeAndSubmit(scenario.q2, 2);
            workflow.signOff(scenario.q2.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, scenario.q2.id(), ReturnProcess.TASK_QUALITY_CHECK);
            int seen = returns.find(scenario.q1.id()).orElseThrow().version();

            HeldImports.secondWhileFirstOpen(transactions, () -> {
                workflow.reopen(scenario.q1.id(), seen, "perf", "HF-2 corrected");
                return null;
            }, () -> {
                workflow.accept(scenario.q2.id(), "perf");
                return null;
            });

            assertThat(values.find(hf1, 1).orElseThrow()).as("not changed inside a return being corrected")
                    .extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("82"), true);
            assertThat(entries(scenario.q1, EarlierFigures.WAITS_FOR_THIS_RETURN)).extracting(t -> t.toList().get(3))
                    .containsExactly("84%");
            assertThat(earlier.forReturn(scenario.q2.id())).singleElement()
                    .extracting(EarlierFigures.Offered::applied, EarlierFigures.Offered::waiting)
                    .containsExactly(false, true);
        }
    }

    /** Q2 revises HF-1's Q1 figure, 82% to 84%; Q1 is reopened; Q2 is accepted. HF-1's id. */
    private long revisedThenAcceptedWhileTheFirstQuarterIsReopened(ProvisionalFirstQuarter scenario) {
        long hf1 = revisedInTheSecondQuarter(scenario);
        scenario.reopenFirstQuarter("HF-2 corrected");
        scenario.accept(scenario.q2, 2);
        return hf1;
    }

    /** Q2 revises HF-1's Q1 figure, 82% to 84%. HF-1's id. */
    private long revisedInTheSecondQuarter(ProvisionalFirstQuarter scenario) {
        long hf1 = scenario.measureId("HF-1");
        earlier.save(scenario.q2.id(), hf1, 1, new BigDecimal("82"), null, Decision.REVISED, new BigDecimal("84"),
                REASON, "data.housing");
        return hf1;
    }

    private List<org.assertj.core.groups.Tuple> entries(ServiceReturn r, String kind) {
        return trail.forReturn(r.id()).stream().filter(e -> e.kind().equals(kind))
                .map(e -> tuple(e.actor(), e.item(), e.oldValue(), e.newValue(), e.comment())).toList();
    }
}
