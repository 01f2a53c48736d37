package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearOrderTest {

    private static final Map<String, Integer> A_B_C = Map.of("A", 0, "B", 1, "C", 2);

    @Test
    void theWholeFrameworkSetsTheYearsOrder() {
        YearOrder order = new YearOrder(A_B_C, List.of("C", "A", "D", "B"));
        assertThat(List.of(order.of("C", 0), order.of("A", 1), order.of("D", 2), order.of("B", 3)))
                .containsExactly(0, 1, 2, 3);
        assertThat(order.moves("C", 0)).isTrue();
        assertThat(order.moves("B", 1)).isFalse();
    }

    @Test
    void aPartialFileKeepsEachMeasuresPlaceAndPutsNewOnesLast() {
        YearOrder order = new YearOrder(A_B_C, List.of("E", "C", "D"));
        assertThat(List.of(order.of("E", 0), order.of("C", 1), order.of("D", 2))).containsExactly(3, 2, 4);
        assertThat(order.moves("C", 2)).isFalse();
        assertThat(order.moves("E", 3)).isTrue();
    }

    /** B was removed, leaving a gap: the year's own list again, new ones after it, moves nobody to close it. */
    @Test
    void theWholeListInTheYearsOrderKeepsItsGaps() {
        Map<String, Integer> gap = Map.of("A", 0, "C", 2, "D", 3);
        YearOrder order = new YearOrder(gap, List.of("A", "C", "D", "E"));
        assertThat(List.of(order.of("A", 0), order.of("C", 1), order.of("D", 2), order.of("E", 3)))
                .containsExactly(0, 2, 3, 4);
        assertThat(order.moves("C", 2)).isFalse();
        assertThat(order.moves("D", 3)).isFalse();

        YearOrder reordered = new YearOrder(gap, List.of("A", "D", "C"));
        assertThat(List.of(reordered.of("A", 0), reordered.of("D", 1), reordered.of("C", 2)))
                .as("another order is the year's new one").containsExactly(0, 1, 2);
        YearOrder newInTheMiddle = new YearOrder(gap, List.of("A", "E", "C", "D"));
        assertThat(newInTheMiddle.of("A", 0)).isZero();
        assertThat(newInTheMiddle.of("E", 1)).as("the file's place for a new one between").isEqualTo(1);
    }

    @Test
    void aNewYearTakesTheFilesOrder() {
        YearOrder order = new YearOrder(Map.of(), List.of("B", "A"));
        assertThat(List.of(order.of("B", 0), order.of("A", 1))).containsExactly(0, 1);
    }
}
