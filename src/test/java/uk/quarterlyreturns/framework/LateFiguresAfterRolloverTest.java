package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Next year's framework is rolled over in March, before this year's Q4 figures are in: when they come, next
 * year's history takes them, and the outturn is the whole year's, not Q1 to Q3's, whatever letters next year's
 * framework writes the code in.
 */
class LateFiguresAfterRolloverTest extends ApplicationTest {

    private static final String FRAMEWORK = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
            LF-1,Homes let,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,400,,10,TOLERANCE
            LF-2,Rent collected,Economy and Infrastructure,Housing,Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,97,,2,TOLERANCE
            """;

    @Autowired FrameworkImport imports;
    @Autowired YearRollover rollover;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired MeasureHistory measureHistory;
    @Autowired QuarterMeasures quarterMeasures;

    @Test
    void aFourthQuarterFigureInAfterTheRolloverReachesNextYearsHistoryAndOutturn() {
        long year = framework("2904-05");
        for (int q = 1; q <= 3; q++) {
            save(year, "LF-1", q, "100");
            if (q > 1) {
                save(year, "LF-2", q, "96." + q);
            }
        }
        rollover.rollover("2904-05", "2905-06", true);
        long next = years.find("2905-06").orElseThrow().id();
        assertThat(history(next, "LF-1")).containsEntry("outturn", new BigDecimal("300"));
        // LF-2's Q1 was never entered here: the council imports it as history from its own records
        measureHistory.saveHistory(measures.find(next, "LF-2").orElseThrow().id(),
                "2904-05", 1, new BigDecimal("95.1"));

        save(year, "LF-1", 4, "120");
        save(year, "LF-2", 4, "97.5");

        assertThat(history(next, "LF-1")).containsEntry("Q4", new BigDecimal("120"))
                .containsEntry("outturn", new BigDecimal("420"));
        assertThat(history(next, "LF-2")).containsEntry("Q4", new BigDecimal("97.5"))
                .as("a quarter with no figure here keeps its imported history").containsEntry("Q1",
                        new BigDecimal("95.1"));
        save(next, "LF-2", 1, "98");
        assertThat(quarterMeasures.forQuarter(years.find("2905-06").orElseThrow(), 1, false).stream()
                .filter(s -> s.measure().code().equals("LF-2")).findFirst().orElseThrow().direction())
                .as("Q1 against last year's Q4, now known").isEqualTo(Direction.IMPROVED);
    }

    @Test
    void aSnapshotsOutturnIsItsFourthQuarterOnceInThoughAnEarlierQuarterHasNoFigure() {
        long year = framework("3890-91");
        // Q1's rent figure never came (not available that quarter); Q2 and Q3 did
        save(year, "LF-2", 2, "96.2");
        save(year, "LF-2", 3, "96.3");
        rollover.rollover("3890-91", "3891-92", true);
        long next = years.find("3891-92").orElseThrow().id();

        save(year, "LF-2", 4, "97.5");

        assertThat(history(next, "LF-2", "3890-91")).containsEntry("Q4", new BigDecimal("97.5"))
                .as("the year-end figure, not Q3's left from the rollover")
                .containsEntry("outturn", new BigDecimal("97.5"));
    }

    /**
     * A Q4 figure fed in error after the rollover, then withdrawn by the service as not available: next year's history
     * no longer holds it, nor the outturn worked out from it. History the council imported is kept.
     */
    @Test
    void aFigureWithdrawnAfterTheRolloverLeavesNextYearsHistory() {
        long year = framework("3894-95");
        for (int q = 1; q <= 3; q++) {
            save(year, "LF-1", q, "100");
            save(year, "LF-2", q, "96." + q);
        }
        rollover.rollover("3894-95", "3895-96", true);
        long next = years.find("3895-96").orElseThrow().id();
        measureHistory.saveHistory(measures.find(next, "LF-2").orElseThrow().id(),
                "3894-95", 4, new BigDecimal("95.9"));
        save(year, "LF-1", 4, "120");
        assertThat(history(next, "LF-1", "3894-95")).containsEntry("outturn", new BigDecimal("420"));

        long homes = measures.find(year, "LF-1").orElseThrow().id();
        values.saveEntry(homes, 4, values.find(homes, 4).orElseThrow().version(),
                new MeasureEntry(null, null, null, null, "Lettings system replaced in March", null), "data.housing");
        long rent = measures.find(year, "LF-2").orElseThrow().id();
        values.saveEntry(rent, 3, values.find(rent, 3).orElseThrow().version(),
                new MeasureEntry(null, null, null, null, "Rent system down", null), "data.housing");

        assertThat(history(next, "LF-1", "3894-95")).as("no Q4 figure, no outturn of a year of four quarters")
                .doesNotContainKeys("Q4", "outturn").containsEntry("Q3", new BigDecimal("100"));
        assertThat(history(next, "LF-2", "3894-95")).as("the rollover's outturn was Q3's; the imported Q4 stays")
                .doesNotContainKeys("Q3", "outturn").containsEntry("Q4", new BigDecimal("95.9"))
                .containsEntry("Q2", new BigDecimal("96.2"));
    }

    /**
     * Next year's framework file writes last year's `ki 433` as `KI 433` after the rollover: the same measure, so a
     * late Q4 figure reaches it. Matched exactly, it reached nothing.
     */
    @Test
    void aFourthQuarterFigureReachesNextYearWhoseFileRespeltTheCode() {
        long year = framework("5982-83", FRAMEWORK.replace("LF-1", "ki 433"));
        for (int q = 1; q <= 3; q++) {
            save(year, "ki 433", q, "100");
        }
        rollover.rollover("5982-83", "5983-84", true);
        long next = framework("5983-84", FRAMEWORK.replace("LF-1", "KI 433"));
        assertThat(measures.find(next, "KI 433")).as("respelt, the same measure").isPresent();

        save(year, "ki 433", 4, "120");

        assertThat(history(next, "KI 433", "5982-83")).containsEntry("Q4", new BigDecimal("120"))
                .containsEntry("outturn", new BigDecimal("420"));
    }

    /** The year with this test's framework imported: its id. */
    private long framework(String label) {
        return framework(label, FRAMEWORK);
    }

    private long framework(String label, String csv) {
        imports.importMeasures(label, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv"));
        return years.find(label).orElseThrow().id();
    }

    private void save(long yearId, String code, int quarter, String value) {
        values.saveFigure(measures.find(yearId, code).orElseThrow().id(), quarter, new BigDecimal(value), null, null,
                null, "feed");
    }

    private Map<String, BigDecimal> history(long yearId, String code) {
        return history(yearId, code, "2904-05");
    }

    private Map<String, BigDecimal> history(long yearId, String code, String ofYear) {
        return HistoryByPeriod.of(measureHistory, measures, yearId, code, ofYear);
    }
}
