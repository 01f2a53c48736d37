package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cycle's process is known by its business key, and only a cycle's key names a cycle. */
class CycleBusinessKeyTest {

    @Test
    void aCyclesKeyNamesItAndNoOtherKeyNamesACycle() {
        assertThat(CycleProcess.cycleOf(CycleProcess.businessKey(12))).isEqualTo(12L);
        assertThat(CycleProcess.cycleOf("return-12")).isNull();
        assertThat(CycleProcess.cycleOf("cycle-")).isNull();
        assertThat(CycleProcess.cycleOf("cycle-12-extra")).isNull();
        assertThat(CycleProcess.cycleOf(null)).isNull();
    }
}
