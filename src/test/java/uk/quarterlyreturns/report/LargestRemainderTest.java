package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.Rag;

class LargestRemainderTest {

    @Test
    void theFixturesCountsAddUpTo100WhereRoundingToNearestGives99() {
        // 33/62 = 53.23, 15/62 = 24.19, 12/62 = 19.35, 2/62 = 3.23: rounded down 53+24+19+3 = 99;
        // the missing point goes to the largest fraction, off track's .35
        assertThat(LargestRemainder.percentages(33, 15, 12, 2)).containsExactly(53, 24, 20, 3);
    }

    @Test
    void thirdsGiveTheSparePointToTheFirstWhenEverythingIsEqual() {
        assertThat(LargestRemainder.percentages(1, 1, 1, 0)).containsExactly(34, 33, 33, 0);
    }

    @Test
    void equalFractionsGoToTheLargerCountFirst() {
        // 1/8 = 12.5, 3/8 = 37.5, 3/8 = 37.5, 1/8 = 12.5: all .5, two points to give; the 3s win
        assertThat(LargestRemainder.percentages(1, 3, 3, 1)).containsExactly(12, 38, 38, 12);
    }

    /**
     * One missing item among 300: 0.33% rounds to nothing, and the sentence read "100% … on track, with 0% off track
     * and 0% at risk and 0% missing" while one was missing.
     */
    @Test
    void anythingCountedIsAtLeastOnePercent() {
        assertThat(LargestRemainder.percentages(299, 0, 0, 1)).containsExactly(99, 0, 0, 1);
        assertThat(LargestRemainder.percentages(597, 1, 1, 1)).containsExactly(97, 1, 1, 1);
        assertThat(ReportCompiler.compile(Lines.report(List.of(), manyOnTrackOneMissing())).summary().sentence())
                .isEqualTo("99% of all actions and measures are assessed as on track, with 0% off track and 0% at risk"
                        + " and 1% missing.");
    }

    private static List<ActionLine> manyOnTrackOneMissing() {
        List<ActionLine> actions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            actions.add(Lines.action("A" + i, "D", "S", "T", i == 0 ? Rag.MISSING : Rag.GREEN));
        }
        return actions;
    }

    @Test
    void nothingCountedGivesZeros() {
        assertThat(LargestRemainder.percentages(0, 0, 0, 0)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void exactSharesAreLeftAlone() {
        assertThat(LargestRemainder.percentages(50, 11, 30, 9)).containsExactly(50, 11, 30, 9);
    }
}
