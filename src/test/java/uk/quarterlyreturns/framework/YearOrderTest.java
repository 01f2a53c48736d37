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

    @Test
    void aNewYearTakesTheFilesOrder() {
        YearOrder order = new YearOrder(Map.of(), List.of("B", "A"));
        assertThat(List.of(order.of("B", 0), order.of("A", 1))).containsExactly(0, 1);
    }
}
