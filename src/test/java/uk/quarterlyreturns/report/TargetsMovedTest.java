package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.quarterlyreturns.framework.FrameworkEvent;
import uk.quarterlyreturns.framework.FrameworkEvent.Kind;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.Unit;

/** Which framework changes count as a target moved during the year, as the report prints them. */
class TargetsMovedTest {

    private static final Instant PUBLISHED = Instant.parse("5420-08-01T08:05:00Z");
    private static final Instant COMPILED = Instant.parse("5420-11-01T09:00:00Z");

    @Test
    void aTargetLoweredAfterTheFirstPublishedReportCountsWithItsReasonAndLondonDate() {
        // 23:30 UTC on 11 October is 00:30 on 12 October in London (BST)
        FrameworkEvent lowered = event(Kind.MEASURE, "KI 433", "target", "60", "55", "5420-10-11T23:30:00Z",
                " Cabinet agreed 10 Oct ");

        assertThat(TargetsMoved.of(List.of(lowered), PUBLISHED, COMPILED)).containsOnlyKeys("ki 433")
                .extractingByKey("ki 433").isEqualTo(List.of(new TargetChange("target", "60", "55",
                        LocalDate.of(5420, 10, 12), "Cabinet agreed 10 Oct")));
    }

    @Test
    void nothingCountsBeforeTheYearHasAPublishedReport() {
        FrameworkEvent lowered = event(Kind.MEASURE, "KI 433", "target", "60", "55", "5420-10-12T10:00:00Z", null);

        assertThat(TargetsMoved.of(List.of(lowered), null, COMPILED)).isEmpty();
    }

    @Test
    void aChangeMadeBeforeOrAtTheFirstPublicationOrAfterCompilationDoesNotCount() {
        List<FrameworkEvent> events = List.of(
                event(Kind.MEASURE, "A", "target", "60", "55", "5420-07-15T10:00:00Z", null),
                event(Kind.MEASURE, "B", "target", "60", "55", PUBLISHED.toString(), null),
                event(Kind.MEASURE, "C", "target", "60", "55", "5420-11-01T09:00:01Z", null),
                event(Kind.MEASURE, "D", "target", "60", "55", COMPILED.toString(), null));

        assertThat(TargetsMoved.of(events, PUBLISHED, COMPILED)).containsOnlyKeys("d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "unit", "service", "directorate", "frequency", "due_quarter",
        "lower_threshold", "in_arrears", "added", "removed"})
    void aChangeToAnythingButTheRatingRuleDoesNotCount(String what) {
        FrameworkEvent other = event(Kind.MEASURE, "KI 433", what, "a", "b", "5420-10-12T10:00:00Z", null);

        assertThat(TargetsMoved.of(List.of(other), PUBLISHED, COMPILED)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"target", "floor", "tolerance_pct", "rag_scheme", "polarity", "aggregation",
        "profile_q1", "profile_q4", "decimals"})
    void eachPartOfTheRatingRuleCounts(String what) {
        FrameworkEvent moved = event(Kind.MEASURE, "KI 433", what, "a", "b", "5420-10-12T10:00:00Z", null);

        assertThat(TargetsMoved.of(List.of(moved), PUBLISHED, COMPILED)).containsKey("ki 433");
    }

    /** Fewer places turn 59.6% (Amber against a floor of 60%) into a Green 60%: said as plainly as the target is. */
    @Test
    void aChangeOfDecimalPlacesIsSaidInWords() {
        TargetChange fewer = new TargetChange("decimals", "1", "0", LocalDate.of(2026, 10, 12), null);

        assertThat(TargetChangeWords.summary(fewer, Unit.PERCENT)).isEqualTo("Decimal places 1 to 0 on 12/10/2026");
    }

    @Test
    void aKeyActionOrTheYearsBandEdgesAreNotAMeasuresTarget() {
        List<FrameworkEvent> events = List.of(
                event(Kind.KEY_ACTION, "ERC009", "target", "a", "b", "5420-10-12T10:00:00Z", null),
                event(Kind.YEAR, "", "band_edges", "5,10,15", "5,10,20", "5420-10-12T10:00:00Z", null));

        assertThat(TargetsMoved.of(events, PUBLISHED, COMPILED)).isEmpty();
    }

    @Test
    void aMeasuresChangesAreOldestFirstWhateverTheLettersOfItsCode() {
        List<FrameworkEvent> events = List.of(
                event(Kind.MEASURE, "ki 433", "floor", "40", "35", "5420-10-20T10:00:00Z", ""),
                event(Kind.MEASURE, "KI 433", "target", "60", "55", "5420-10-12T10:00:00Z", null));

        assertThat(TargetsMoved.of(events, PUBLISHED, COMPILED).get("ki 433")).extracting(TargetChange::what)
                .containsExactly("target", "floor");
        assertThat(TargetsMoved.of(events, PUBLISHED, COMPILED).get("ki 433")).extracting(TargetChange::reason)
                .containsOnlyNulls();
    }

    @Test
    void aTargetMovedAndMovedBackListsBothChangesThoughNothingNetChanged() {
        List<FrameworkEvent> events = List.of(
                event(Kind.MEASURE, "KI 433", "target", "60", "55", "5420-10-12T10:00:00Z", "Contractor changed"),
                event(Kind.MEASURE, "KI 433", "target", "55", "60", "5420-10-19T10:00:00Z", "Cabinet refused it"));

        assertThat(TargetsMoved.of(events, PUBLISHED, COMPILED).get("ki 433")).extracting(TargetChange::to)
                .containsExactly("55", "60");
    }

    private static FrameworkEvent event(Kind kind, String code, String what, String from, String to, String at,
            String reason) {
        return new FrameworkEvent(Instant.parse(at), "5420-21", kind, code, what, from, to, "perf",
                FrameworkWay.FORM, reason);
    }
}
