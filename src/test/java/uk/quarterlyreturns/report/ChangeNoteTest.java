package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A later version's note names the returns first in after the last published version was compiled, and those it
 * printed as Missing while sent back or reopened and in now, beside the reasons.
 */
class ChangeNoteTest {

    @Test
    void returnsFirstInSincePublicationAreNamedAfterTheReasons() {
        assertThat(ChangeNote.words("H-1 corrected", List.of("Highways", "Parks"), List.of(), 1))
                .isEqualTo("H-1 corrected; first in after version 1 was compiled: Highways, Parks");
        assertThat(ChangeNote.words(null, List.of("Highways"), List.of(), 2))
                .isEqualTo("First in after version 2 was compiled: Highways");
        assertThat(ChangeNote.words("H-1 corrected", List.of(), List.of(), 1)).isEqualTo("H-1 corrected");
        assertThat(ChangeNote.words(null, List.of(), List.of(), 1)).isNull();
    }

    @Test
    void returnsPrintedAsMissingWhileSentBackAndInNowAreNamedToo() {
        assertThat(ChangeNote.words("R-1 corrected", List.of("Parks"), List.of("Housing"), 1))
                .isEqualTo("R-1 corrected; first in after version 1 was compiled: Parks; printed as Missing in version 1"
                        + " while sent back or reopened, in now: Housing");
        assertThat(ChangeNote.words(null, List.of(), List.of("Housing"), 1))
                .isEqualTo("Printed as Missing in version 1 while sent back or reopened, in now: Housing");
    }
}
