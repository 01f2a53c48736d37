package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.KeyActionRow;

/** What a save's trail says changed: each differing column as the file would write it, and nothing else. */
class FrameworkTrailTest {

    private static final String HEADER = FrameworkHistoryTest.HEADER.strip() + ",profile_q1,profile_q2,profile_q3,"
            + "profile_q4,service_code,in_arrears\n";
    private static final String ROW = "KI 433,Repairs on time,Economy and Infrastructure,Housing,Ambitious,%,"
            + "HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,60,,,FIVE_POINT,25,50,75,100,HOU,NO\n";

    @Test
    void eachChangedColumnOnceInTheFilesOrderAndTheFilesWords() {
        Measure stored = new Measure(1, 1, 1, row(ROW));
        FrameworkTrail trail = new FrameworkTrail();
        trail.measure(stored, row(ROW.replace(",60,", ",TBA,").replace("25,50,75,100", "20,50,75,100.0")
                .replace("HOU,NO", "HOU,YES").replace("QUARTERLY,CUMULATIVE", "QUARTERLY,SNAPSHOT")));
        assertThat(trail.changes()).extracting(c -> c.what() + " " + c.from() + " > " + c.to()).containsExactly(
                "aggregation CUMULATIVE > SNAPSHOT", "target 60 > TBA", "profile_q1 25 > 20", "in_arrears NO > YES");
    }

    @Test
    void theSameRowAServiceCodeLeftOutAndABlankOutcomeChangeNothing() {
        Measure stored = new Measure(1, 1, 1, row(ROW));
        FrameworkTrail trail = new FrameworkTrail();
        trail.measure(stored, row(ROW));
        trail.measure(stored, row(ROW.replace(",HOU,", ",,").replace("100,", "100.00,")));
        KeyActionRow action = new KeyActionRow("HKA-1", "Homes", "E", "Housing", "Ambitious", null);
        trail.keyAction(new KeyAction(1, 1, 1, action), new KeyActionRow("HKA-1", "Homes", "E", "Housing",
                "Ambitious", " "));
        assertThat(trail.isEmpty()).isTrue();

        trail.keyAction(null, action);
        trail.setting(FrameworkEvent.BAND_EDGES, "5;10;15", "5;10;15");
        assertThat(trail.changes()).containsExactly(new FrameworkTrail.Change(FrameworkEvent.Kind.KEY_ACTION,
                "HKA-1", "added", null, "Homes"));
    }

    private static FrameworkRow row(String line) {
        List<FrameworkRow> rows = FrameworkFileParser.parse(FrameworkHistoryTest.csv(HEADER + line));
        return rows.get(0);
    }
}
