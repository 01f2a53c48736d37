package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleReports;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.report.MeasureLine;
import uk.quarterlyreturns.report.ReportInput;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;

/**
 * Housing's Q1 figure of HF-1 (82%) reported provisional and accepted; the Q2 return confirms or revises it. The
 * figure changes only when the Q2 return is accepted, once, and the Q1 return's trail and the Q2 report say so.
 */
class EarlierFigureRevisedTest extends ApplicationTest {

    private static final String REASON = "Repairs logged after the quarter closed";

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired ReturnEditing editing;
    @Autowired ReturnWorkflow workflow;
    @Autowired QualityCheck qualityCheck;
    @Autowired ReturnRepository returns;
    @Autowired ValueRepository values;
    @Autowired ReturnTrail trail;
    @Autowired CycleReports reports;
    @Autowired ReportVersions versions;
    @Autowired ObjectMapper json;


    @Test
    void aRevisionSavedInQ2MakesTheQ1FigureFinalOnlyOnAcceptanceOnceAndTheQ2ReportMarksIt() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4750)) {
            ServiceReturn q1 = scenario.q1;
            ServiceReturn q2 = scenario.q2;
            long hf1 = scenario.measureId("HF-1");

            assertThat(earlier.forReturn(q2.id())).extracting(o -> o.measure().code(),
                    EarlierFigures.Offered::earlierQuarter,
                    EarlierFigures.Offered::figure).as("HF-2's Q1 figure is final; HF-3 is annual")
                    .containsExactly(tuple("HF-1", 1, new BigDecimal("82")));
            assertThatThrownBy(() -> earlier.save(q2.id(), hf1, 1, new BigDecimal("82"), null, Decision.REVISED,
                    new BigDecimal("84"), " ", "data.housing")).hasMessageContaining("needs a reason");
            earlier.save(q2.id(), hf1, 1, new BigDecimal("82"), null, Decision.REVISED, new BigDecimal("84"), REASON,
                    "data.housing");
            assertThat(entries(q2, EarlierFigures.EARLIER_FIGURE)).containsExactly(tuple("HF-1 Q1", null,
                    "Q1 figure revised from 82% to 84%: " + REASON));

            scenario.completeAndSubmit(q2, 2);
            assertThatThrownBy(() -> earlier.save(q2.id(), hf1, 1, new BigDecimal("82"), 1, Decision.CONFIRMED, null,
                    null, "data.housing")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("can no longer be changed");
            workflow.signOff(q2.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, q2.id(), ReturnProcess.TASK_QUALITY_CHECK);
            assertThat(values.find(hf1, 1).orElseThrow()).as("not before the performance team accepts it")
                    .extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("82"), true);

            workflow.accept(q2.id(), "perf");

            assertThat(values.find(hf1, 1).orElseThrow()).extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("84"), false);
            assertThat(trail.forReturn(q1.id()).stream()
                    .filter(e -> e.kind().equals(EarlierFigures.FINAL_IN_LATER_RETURN))
                    .map(e -> tuple(e.actor(), e.item(), e.oldValue(), e.newValue(), e.comment())).toList())
                    .as("changed by the acceptance: who accepted it, and who said it")
                    .containsExactly(tuple("perf", "HF-1", "82% (provisional)", "84%",
                            "revised in the Q2 return by data.housing (" + REASON + ")"));

            // reopened after acceptance, the revision is not offered again nor applied twice
            ServiceReturn accepted = returns.find(q2.id()).orElseThrow();
            workflow.reopen(q2.id(), accepted.version(), "perf", "HF-2 corrected");
            AcceptedReturn.awaitStep(context, q2.id(), ReturnProcess.TASK_COMPLETE_RETURN);
            assertThat(earlier.forReturn(q2.id())).singleElement().matches(EarlierFigures.Offered::applied);
            assertThatThrownBy(() -> earlier.save(q2.id(), hf1, 1, new BigDecimal("84"), 1, Decision.CONFIRMED, null,
                    null, "data.housing")).hasMessageContaining("made final when the return was accepted");
            workflow.submit(q2.id(), "data.housing");
            workflow.signOff(q2.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, q2.id(), ReturnProcess.TASK_QUALITY_CHECK);
            workflow.accept(q2.id(), "perf");
            assertThat(values.find(hf1, 1).orElseThrow().value()).isEqualTo(new BigDecimal("84"));
            assertThat(entries(q1, EarlierFigures.FINAL_IN_LATER_RETURN)).hasSize(1);
            assertThat(entries(q2, EarlierFigures.EARLIER_FIGURE)).as("nothing tried again").hasSize(1);

            reports.compile(q2.cycleId());
            ReportInput report = json.readValue(versions.inputJson(versions.latest(q2.cycleId()).orElseThrow().id()),
                    ReportInput.class);
            MeasureLine line = report.measures().stream().filter(m -> m.code().equals("HF-1")).findFirst()
                    .orElseThrow();
            assertThat(line.quarterValues().get(0)).isEqualByComparingTo("84");
            assertThat(line.revisedQuarters()).containsExactly(1);
            assertThat(report.measures().stream().filter(m -> m.code().equals("HF-2")).findFirst().orElseThrow()
                    .revisedQuarters()).isEmpty();
        }
    }

    @Test
    void confirmedFinalAtSignOffByTheDirectorAndShownAmongTheChanges() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4751)) {
            ServiceReturn q2 = scenario.q2;
            long hf1 = scenario.measureId("HF-1");
            scenario.completeAndSubmit(q2, 2);

            // the director may still change the return at sign-off, as its other fields
            earlier.save(q2.id(), hf1, 1, new BigDecimal("82"), null, Decision.CONFIRMED, null, null, "dir.housing");
            assertThat(qualityCheck.changes(q2.id()).atSignOff()).extracting(ChangesSinceLastVersion.Edit::kind,
                    ChangesSinceLastVersion.Edit::item, ChangesSinceLastVersion.Edit::to)
                    .containsExactly(tuple(EarlierFigures.EARLIER_FIGURE, "HF-1 Q1",
                            "Q1 figure confirmed final (82%)"));
            workflow.signOff(q2.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, q2.id(), ReturnProcess.TASK_QUALITY_CHECK);
            workflow.accept(q2.id(), "perf");

            assertThat(values.find(hf1, 1).orElseThrow()).extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("82"), false);
            assertThat(earlier.revisedQuarters(List.of(hf1), 4)).as("confirmed, not revised: no r").isEmpty();
        }
    }

    @Test
    void aSecondTabOrAPageReadBeforeTheFigureChangedIsRefusedAndOutsidersToo() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 4752)) {
            ServiceReturn q1 = scenario.q1;
            ServiceReturn q2 = scenario.q2;
            long hf1 = scenario.measureId("HF-1");
            long hf2 = scenario.measureId("HF-2");

            earlier.save(q2.id(), hf1, 1, new BigDecimal("82"), null, Decision.CONFIRMED, null, null, "data.housing");
            // another tab, opened before that save, revises it
            assertThatThrownBy(() -> earlier.save(q2.id(), hf1, 1, new BigDecimal("82"), null, Decision.REVISED,
                    new BigDecimal("84"), REASON, "dir.housing")).isInstanceOf(SavedMeanwhileException.class);
            for (String outsider : List.of("data.highways", "perf", "reader")) {
                assertThatThrownBy(() -> earlier.save(q2.id(), hf1, 1, new BigDecimal("82"), 1, Decision.REVISED,
                        new BigDecimal("84"), REASON, outsider)).as(outsider)
                        .isInstanceOf(NotAllowedException.class);
            }
            assertThatThrownBy(() -> earlier.save(q2.id(), hf2, 1, new BigDecimal("50"), null, Decision.REVISED,
                    new BigDecimal("51"), REASON, "data.housing")).as("HF-2's Q1 figure is final")
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(earlier.forReturn(q2.id())).singleElement().extracting(EarlierFigures.Offered::version)
                    .isEqualTo(1);
            // Q1 reopened for correction and its figure corrected there: a page read before is refused
            workflow.reopen(q1.id(), returns.find(q1.id()).orElseThrow().version(), "perf", "HF-1 corrected");
            AcceptedReturn.awaitStep(context, q1.id(), ReturnProcess.TASK_COMPLETE_RETURN);
            scenario.enter("HF-1", 1, "83");
            assertThatThrownBy(() -> earlier.save(q2.id(), hf1, 1, new BigDecimal("82"), 1, Decision.REVISED,
                    new BigDecimal("84"), REASON, "data.housing")).isInstanceOf(SavedMeanwhileException.class);
            // accepted again at 83, still provisional: a page that read 82 is still refused
            scenario.completeAndSubmit(q1, 1);
            workflow.signOff(q1.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, q1.id(), ReturnProcess.TASK_QUALITY_CHECK);
            workflow.accept(q1.id(), "perf");
            assertThatThrownBy(() -> earlier.save(q2.id(), hf1, 1, new BigDecimal("82"), 1, Decision.REVISED,
                    new BigDecimal("84"), REASON, "data.housing")).isInstanceOf(SavedMeanwhileException.class);
            assertThat(earlier.forReturn(q2.id())).singleElement().extracting(EarlierFigures.Offered::figure)
                    .isEqualTo(new BigDecimal("83"));
            assertThat(entries(q2, EarlierFigures.EARLIER_FIGURE)).containsExactly(tuple("HF-1 Q1", null,
                    "Q1 figure confirmed final (82%)"));

            // accepted with what it said of 82: the correction to 83 stands, and the return's trail says so
            scenario.completeAndSubmit(q2, 2);
            workflow.signOff(q2.id(), "dir.housing");
            AcceptedReturn.awaitStep(context, q2.id(), ReturnProcess.TASK_QUALITY_CHECK);
            workflow.accept(q2.id(), "perf");
            assertThat(values.find(hf1, 1).orElseThrow()).extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("83"), true);
            assertThat(trail.forReturn(q2.id()).stream().map(ReturnTrail.Event::comment))
                    .contains("not applied: the Q1 figure had changed meanwhile");
            assertThat(earlier.forReturn(q2.id())).singleElement().matches(EarlierFigures.Offered::applied);
        }
    }

    private List<org.assertj.core.groups.Tuple> entries(ServiceReturn r, String kind) {
        return trail.forReturn(r.id()).stream().filter(e -> e.kind().equals(kind))
                .map(e -> tuple(e.item(), e.oldValue(), e.newValue())).toList();
    }
}
