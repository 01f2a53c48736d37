package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Next year's framework imported from a file once this year's figures are all in, rather than rolled over: a measure
 * kept takes this year's figures into its history as the rollover would (each quarter, the outturn, the years before),
 * so Quarter 1 compares with Quarter 4 and the tables show the year's outturn. One retired (not in the file) leaves
 * nothing behind; one added has no history. A code is the same in any letters across years, as within one. Years
 * 4034-4035 and 5980-5981.
 */
class NextYearByFileTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme\n";
    private static final String HOMES = "NF-1,Homes let,Economy and Infrastructure,Housing,Ambitious,count,"
            + "HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,400,,10,TOLERANCE\n";
    private static final String RENT = "NF-2,Rent collected,Economy and Infrastructure,Housing,Ambitious,%,"
            + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,97,,2,TOLERANCE\n";
    private static final String VOIDS = "NF-3,Empty homes,Economy and Infrastructure,Housing,Ambitious,count,"
            + "LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n";
    private static final String ARREARS = "NF-4,Tenants in arrears,Economy and Infrastructure,Housing,Ambitious,%,"
            + "LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,5,,10,TOLERANCE\n";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired MeasureHistory measureHistory;
    @Autowired QuarterMeasures quarterMeasures;

    @Test
    void theMeasuresKeptTakeThisYearsFiguresIntoNextYearsHistory() {
        long year = framework("4034-35", HEADER + HOMES + RENT + VOIDS);
        measureHistory.saveHistory(measures.find(year, "NF-2").orElseThrow().id(),
                "4033-34", null, new BigDecimal("95.5"));
        for (int q = 1; q <= 4; q++) {
            save(year, "NF-1", q, "100");
            save(year, "NF-2", q, "96." + q);
            save(year, "NF-3", q, "40");
        }

        // NF-3 retired at the year end, NF-4 added
        long next = framework("4035-36", HEADER + RENT + HOMES + ARREARS);

        assertThat(HistoryByPeriod.of(measureHistory, measures, next, "NF-1", "4034-35"))
                .containsEntry("Q4", new BigDecimal("100")).containsEntry("outturn", new BigDecimal("400"));
        assertThat(HistoryByPeriod.of(measureHistory, measures, next, "NF-2", "4034-35"))
                .containsEntry("Q4", new BigDecimal("96.4")).containsEntry("outturn", new BigDecimal("96.4"));
        assertThat(HistoryByPeriod.of(measureHistory, measures, next, "NF-2", "4033-34"))
                .as("the years before, as this year held them").containsEntry("outturn", new BigDecimal("95.5"));
        assertThat(HistoryByPeriod.of(measureHistory, measures, next, "NF-4", "4034-35")).isEmpty();
        assertThat(measures.find(next, "NF-3")).isEmpty();

        save(next, "NF-2", 1, "97");
        MeasureStatus rent = quarterMeasures.forQuarter(years.find("4035-36").orElseThrow(), 1, false).stream()
                .filter(s -> s.measure().code().equals("NF-2")).findFirst().orElseThrow();
        assertThat(rent.direction()).as("Q1 against last year's Q4").isEqualTo(Direction.IMPROVED);
        assertThat(rent.comparedWith().period()).isEqualTo("Q4 4034/35");
    }

    /** Last year's `ki 433` written `KI 433` next year: matched exactly, it had no outturn and no Q1 direction. */
    @Test
    void aCodeWrittenInOtherLettersNextYearTakesThisYearsFigures() {
        long year = framework("5980-81", HEADER + RENT.replace("NF-2", "ki 433"));
        for (int q = 1; q <= 4; q++) {
            save(year, "ki 433", q, "96." + q);
        }

        long next = framework("5981-82", HEADER + RENT.replace("NF-2", "KI 433"));

        assertThat(HistoryByPeriod.of(measureHistory, measures, next, "KI 433", "5980-81"))
                .containsEntry("Q4", new BigDecimal("96.4")).containsEntry("outturn", new BigDecimal("96.4"));
        save(next, "KI 433", 1, "97");
        MeasureStatus rent = quarterMeasures.forQuarter(years.find("5981-82").orElseThrow(), 1, false).stream()
                .filter(s -> s.measure().code().equals("KI 433")).findFirst().orElseThrow();
        assertThat(rent.direction()).as("Q1 against last year's Q4").isEqualTo(Direction.IMPROVED);
        assertThat(rent.comparedWith().period()).isEqualTo("Q4 5980/81");
    }

    private long framework(String label, String csv) {
        imports.importMeasures(label, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv"));
        return years.find(label).orElseThrow().id();
    }

    private void save(long yearId, String code, int quarter, String value) {
        values.saveFigure(measures.find(yearId, code).orElseThrow().id(), quarter, new BigDecimal(value), null, null,
                null, "feed");
    }
}
