package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An exported history gives each time to the second with its offset, so that an auditor can match its rows with the
 * pack's other files and put them in order; the page shows the minute.
 */
class TrailTableTest {

    @Test
    void theHourTheClocksGoBackAndAChangeWithinTheMinuteOfASignOffReadApartInTheFiles() {
        ReturnTrail.Event firstHalfPastOne = event(Instant.parse("2017-10-29T00:30:00Z"), "VALUE");
        ReturnTrail.Event secondHalfPastOne = event(Instant.parse("2017-10-29T01:30:00Z"), "VALUE");
        ReturnTrail.Event signedOff = event(Instant.parse("2017-10-30T09:30:10Z"), "STATUS");
        ReturnTrail.Event changed = event(Instant.parse("2017-10-30T09:30:40Z"), "VALUE");

        String csv = new String(TrailTable.quarterCsv(List.of(firstHalfPastOne, secondHalfPastOne, signedOff, changed)
                .stream().map(e -> new ReturnTrail.ServiceEvent("Housing", e)).toList()), StandardCharsets.UTF_8);
        assertThat(csv).contains("29/10/2017 01:30:00 +01:00", "29/10/2017 01:30:00 +00:00",
                "30/10/2017 09:30:10 +00:00", "30/10/2017 09:30:40 +00:00");
        assertThat(TrailTable.exportedRows(List.of(changed))).singleElement()
                .satisfies(row -> assertThat(row.get(0)).isEqualTo("30/10/2017 09:30:40 +00:00"));
        assertThat(TrailTable.rows(List.of(changed))).singleElement()
                .satisfies(row -> assertThat(row.get(0)).as("on the page").isEqualTo("Mon 30 Oct 2017, 09:30"));
    }

    private static ReturnTrail.Event event(Instant at, String kind) {
        return new ReturnTrail.Event(1, 1, at, "data.housing", kind, "HF-1", "85", "91", null);
    }
}
