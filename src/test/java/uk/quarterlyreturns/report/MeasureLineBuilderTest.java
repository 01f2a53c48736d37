package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.ActivityStatus;
import uk.quarterlyreturns.framework.Comparison;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.Unit;

/** A copied line keeps every part it does not change: a part left out of the copy would vanish from the report. */
class MeasureLineBuilderTest {

    @Test
    void aCopyKeepsEveryPartOfTheLine() throws Exception {
        MeasureLine line = everyPartSet();
        for (RecordComponent part : MeasureLine.class.getRecordComponents()) {
            Object value = part.getAccessor().invoke(line);
            assertThat(value).as("the line below sets " + part.getName()).isNotIn(null, false)
                    .matches(v -> !(v instanceof Collection<?> c) || !c.isEmpty());
        }

        assertThat(line.toBuilder().build()).isEqualTo(line);
        MeasureLine renamed = line.toBuilder().title("Jobs created").build();
        assertThat(renamed.title()).isEqualTo("Jobs created");
        assertThat(renamed.toBuilder().title(line.title()).build()).as("nothing else changed").isEqualTo(line);
    }

    @Test
    void partsNotSetAreAbsent() {
        MeasureLine line = MeasureLine.builder().code("1.1").rag(Rag.AMBER).build();

        assertThat(line.ragComputed()).as("a computed RAG not set is the effective one").isEqualTo(Rag.AMBER);
        assertThat(line.quarterValues()).hasSize(4).containsOnlyNulls();
        assertThat(line.revisedQuarters()).isEmpty();
        assertThat(line.provisional()).isFalse();
        assertThat(line.arrearsPeriod()).isNull();
        assertThat(line.targetChanges()).isEmpty();
    }

    private static MeasureLine everyPartSet() {
        BigDecimal ten = BigDecimal.TEN;
        return MeasureLine.builder().code("1.1").source("KI 433").title("Jobs").directorate("Economy")
                .service("Regeneration").theme("Ambitious").outcome("Jobs").unit(Unit.COUNT).decimals(0)
                .cumulative(true).outturns(List.of(ten)).targetText("250").quarterValues(List.of(ten, ten))
                .yearToDate(List.of(ten, ten)).rag(Rag.GREEN).ragComputed(Rag.AMBER)
                .override(new RagOverride(Rag.GREEN, "Sue Grigg", Instant.EPOCH, "on track"))
                .direction(Direction.IMPROVED).reasons("r").actionsPlanned("a").lowerThreshold(BigDecimal.ONE)
                .upperThreshold(ten).activity(ActivityStatus.WITHIN_RANGE).trend(List.of(new TrendPoint("Q1", ten)))
                .notAvailableReason("n").outturnUnits(List.of(Unit.PERCENT)).targetToDate(ten).ratio("1/10")
                .comparedWith(new Comparison(ten, "Q1 2017/18", Comparison.PREVIOUS_QUARTER)).missingReason("m")
                .yearToDateMissing(List.of(1)).provisional(true).revisedQuarters(List.of(1))
                .provisionalQuarters(List.of(1)).lastOutturnMark("p").arrearsPeriod("Q1 (Apr-Jun 2017)")
                .targetChanges(List.of(new TargetChange("target", "300", "250", java.time.LocalDate.of(2017, 10, 12),
                        "Cabinet agreed"))).floor(BigDecimal.ONE).floorToDate(BigDecimal.ONE).tolerancePct(ten).build();
    }
}
