package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RagTest {

    @ParameterizedTest(name = "{0}: \"{1}\" / {2}, {3}, amber or worse {4}")
    @CsvSource({
            "GREEN,       Green,       G,   ON_TRACK,    false",
            "AMBER_GREEN, Amber/Green, A/G, ON_TRACK,    false",
            "AMBER,       Amber,       A,   AT_RISK,     true",
            "RED_AMBER,   Red/Amber,   R/A, OFF_TRACK,   true",
            "RED,         Red,         R,   OFF_TRACK,   true",
            "NOT_DUE,     Not due,     ND,  NOT_COUNTED, false",
            "MISSING,     Missing,     M,   MISSING,     false",
            "NONE,        No RAG,      -,   NOT_COUNTED, false",
    })
    void labelCodeSummaryAndNarrativeNeed(Rag rag, String label, String code, RagSummary summary,
                                          boolean amberOrWorse) {
        assertThat(rag.label()).isEqualTo(label);
        assertThat(rag.code()).isEqualTo(code);
        assertThat(rag.summary()).isEqualTo(summary);
        assertThat(rag.isAmberOrWorse()).isEqualTo(amberOrWorse);
    }

    @Test
    void everyRagIsCoveredByTheTableAbove() {
        // if a status is added, the table above must say how it is counted
        assertThat(Rag.values()).hasSize(8);
    }
}
