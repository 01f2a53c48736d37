package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The framework history's files give each change's time with its offset: a target moved at 01:30 on the morning the
 * clocks go back happened at one of two moments an hour apart, and the return histories beside it in the audit pack
 * give theirs.
 */
class FrameworkHistoryTimesTest {

    @Test
    void theHourTheClocksGoBackReadsApartInTheFiles() {
        assertThat(FrameworkHistoryReader.EXPORTED_WHEN.format(Instant.parse("2017-10-29T00:30:00Z")))
                .isEqualTo("29/10/2017 01:30:00 +01:00");
        assertThat(FrameworkHistoryReader.EXPORTED_WHEN.format(Instant.parse("2017-10-29T01:30:00Z")))
                .isEqualTo("29/10/2017 01:30:00 +00:00");
    }
}
