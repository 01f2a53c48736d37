package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A later version's note names the returns first in after the last published version was compiled, beside the reasons. */
class ChangeNoteTest {

    @Test
    void returnsFirstInSincePublicationAreNamedAfterTheReasons() {
        assertThat(ChangeNote.words("H-1 corrected", List.of("Highways", "Parks"), 1))
                .isEqualTo("H-1 corrected; first in after version 1 was compiled: Highways, Parks");
        assertThat(ChangeNote.words(null, List.of("Highways"), 2))
                .isEqualTo("First in after version 2 was compiled: Highways");
        assertThat(ChangeNote.words("H-1 corrected", List.of(), 1)).isEqualTo("H-1 corrected");
        assertThat(ChangeNote.words(null, List.of(), 1)).isNull();
    }
}
