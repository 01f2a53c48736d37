package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.returns.ReturnChecks.ActionState;
import uk.quarterlyreturns.returns.ReturnChecks.Level;
import uk.quarterlyreturns.returns.ReturnChecks.Problem;

/** What a return must be before it goes in: each rule, and the completeness summary built from them. */
class ReturnChecksTest {

    private static final String CSV = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
            P-1,Repairs on time,D,S,T,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE
            C-1,Households waiting,D,S,T,COUNT,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE
            """;

    private final ReturnChecks checks = new ReturnChecks(new BigDecimal("50"));

    @Test
    void aMeasureDueNeedsAValueOrNotAvailableWithAReason() {
        assertThat(checks.check(List.of(status("C-1", null, null, entry(null, null, null, null, null)))))
                .extracting(Problem::code, Problem::level, Problem::message)
                .containsExactly(tuple("C-1", Level.ERROR, "No value: enter one, or mark it not available and say why"));
        assertThat(checks.check(List.of(status("C-1", null, null,
                entry(null, null, null, null, "The system is being replaced"))))).isEmpty();
        assertThat(checks.check(List.of(status("C-1", null, null, entry(null, null, null, null, " "))))).hasSize(1);
        assertThat(checks.check(List.of(status("C-1", null, Rag.NOT_DUE, null)))).isEmpty();
    }

    @Test
    void anInvalidFigureReportsOnlyItsError() {
        List<Problem> problems = checks.check(List.of(status("P-1", "150", null, entry("150", null, null, null, null))));
        assertThat(problems).extracting(Problem::message).containsExactly("A percentage must be between 0 and 100");
    }

    @Test
    void amberOrWorseMeasuresNeedReasonsAndActions() {
        assertThat(checks.check(List.of(status("C-1", "105", Rag.AMBER, entry("105", "Demand", null, null, null)))))
                .extracting(Problem::message)
                .containsExactly("Amber: give the reasons for performance and the actions planned");
        assertThat(checks.check(List.of(status("C-1", "105", Rag.AMBER,
                entry("105", "Demand", "More staff", null, null))))).isEmpty();
    }

    /** An Amber/Green override kept from before P-1's scheme became three-point: the director must choose again. */
    @Test
    void anOverrideThatIsNotARatingOfTheMeasuresSchemeMustBeChosenAgain() {
        MeasureStatus kept = new MeasureStatus(measure("P-1"), 2, new BigDecimal("85"), null, null, Rag.GREEN,
                new RagOverride(Rag.AMBER_GREEN, "dir", Instant.EPOCH, "Recovering"), null, null,
                Arrays.asList(null, new BigDecimal("85"), null, null), null, entry("85", null, null, null, null));
        assertThat(checks.check(List.of(kept))).extracting(Problem::level, Problem::message).containsExactly(
                tuple(Level.ERROR, "P-1 is rated Green, Amber or Red (Tolerance): Amber/Green is not one of its"
                        + " ratings: choose the RAG override again, or clear it"));
    }

    @Test
    void aBigMoveIsAQueryUntilExplained() {
        MeasureStatus moved = new MeasureStatus(measure("C-1"), 2, new BigDecimal("60"), null, null, Rag.GREEN, null,
                null, null, Arrays.asList(new BigDecimal("30"), new BigDecimal("60"), null, null),
                new BigDecimal("30"), entry("60", null, null, null, null));
        assertThat(checks.check(List.of(moved))).extracting(Problem::level, Problem::message).containsExactly(
                tuple(Level.QUERY, "Changed by more than 50% since last quarter: explain the change"));
    }

    @Test
    void anInvalidFigureIsNotCountedAsAnExplainedQuery() {
        // 150% against last quarter's 70: the figure's error is what to put right, not a move to explain
        MeasureStatus invalid = new MeasureStatus(measure("P-1"), 2, new BigDecimal("150"), null, null, null, null,
                null, null, Arrays.asList(new BigDecimal("70"), null, null, null), new BigDecimal("70"),
                entry("150", null, null, null, null));

        Completeness c = checks.completeness(List.of(invalid), List.of());

        assertThat(c.problems()).extracting(Problem::message)
                .containsExactly("A percentage must be between 0 and 100");
        assertThat(c.lines()).contains("Queries: 0, 0 explained");
    }

    @Test
    void aBigMoveSinceLastYearsFourthQuarterIsAQueryInTheFirst() {
        MeasureStatus moved = new MeasureStatus(measure("C-1"), 1, new BigDecimal("200"), null, null, Rag.GREEN,
                null, null, null, Arrays.asList(new BigDecimal("200"), null, null, null), new BigDecimal("50"),
                entry("200", null, null, null, null));
        assertThat(checks.check(List.of(moved))).extracting(Problem::level, Problem::message).containsExactly(
                tuple(Level.QUERY, "Changed by more than 50% since last quarter: explain the change"));
    }

    @Test
    void aKeyActionNeedsARatingACommentaryAndWhenOffTrackItsNarrative() {
        assertThat(checks.checkAction(new ActionState("K-1", null))).extracting(Problem::message).containsExactly(
                "No status: choose the key action's status this quarter",
                "No commentary: say what progress was made this quarter");
        assertThat(checks.checkAction(action(Rag.MISSING, "No update was received", null, null)))
                .extracting(Problem::message).containsExactly("No status: choose the key action's status this quarter");
        assertThat(checks.checkAction(action(Rag.RED, "Slipped", "Contractor failed", null)))
                .extracting(Problem::message)
                .containsExactly("Red: give the reasons for performance and the actions planned");
        assertThat(checks.checkAction(action(Rag.RED_AMBER, "Slipped", "Contractor failed", "New contractor")))
                .isEmpty();
        assertThat(checks.checkAction(action(Rag.GREEN, "On track", null, null))).isEmpty();
    }

    @Test
    void completenessCountsWhatIsThereAndListsWhatIsNot() {
        List<MeasureStatus> measures = List.of(
                status("P-1", "75", Rag.AMBER, entry("75", "Staff off", "Agency cover", null, null)),
                status("C-1", null, null, entry(null, null, null, null, "Not collected this quarter")));
        List<ActionState> actions = List.of(action(Rag.AMBER, "Behind", null, null), new ActionState("K-2", null));

        Completeness c = checks.completeness(measures, actions);

        assertThat(c.complete()).isFalse();
        assertThat(c.problems()).extracting(Problem::code).containsExactly("K-1", "K-2", "K-2");
        assertThat(c.lines()).containsExactly(
                "Measures due: 2; 1 with a value, 1 not available with a reason",
                "Key actions: 1 of 2 with a status and a commentary",
                "At Amber or worse: 2 items, 1 with reasons and actions planned",
                "Queries: 0, 0 explained");
    }

    private static ActionState action(Rag status, String commentary, String reasons, String actions) {
        return new ActionState("K-1", new ActionEntry(status, commentary, reasons, actions));
    }

    private static MeasureStatus status(String code, String value, Rag rag, QuarterValue entry) {
        return new MeasureStatus(measure(code), 2, value == null ? null : new BigDecimal(value), null, null, rag,
                null, null, null, Arrays.asList(null, value == null ? null : new BigDecimal(value), null, null),
                null, entry);
    }

    private static QuarterValue entry(String value, String reasons, String actions, String explanation,
            String notAvailable) {
        return new QuarterValue(1, 2, value == null ? null : new BigDecimal(value), null, null, null, reasons,
                actions, explanation, notAvailable, null, null, null, 0);
    }

    private static Measure measure(String code) {
        return FrameworkFileParser.parse(TabularFile.read(CSV.getBytes(StandardCharsets.UTF_8), "f.csv")).stream()
                .filter(r -> r.code().equals(code)).map(r -> new Measure(1, 1, 1, r)).findFirst().orElseThrow();
    }
}
