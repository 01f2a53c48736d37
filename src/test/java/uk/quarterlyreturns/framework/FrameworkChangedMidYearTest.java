package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;

/** A framework file imported again during the year, after figures are in, changes what it may without losing them. */
class FrameworkChangedMidYearTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,due_quarter\n";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;

    @Test
    void aQuarterWithFiguresIsNotMadeNotDue() {
        String year = "2984-85";
        imports.importMeasures(year, framework("QUARTERLY,", "QUARTERLY,", "ANNUAL,2"));
        long yearId = years.find(year).orElseThrow().id();
        save(yearId, "MY-1", 1);
        save(yearId, "MY-3", 2);

        ImportRejectedException refused = null;
        try {
            imports.importMeasures(year, framework("ANNUAL,", "ANNUAL,", "ANNUAL,4"));
        } catch (ImportRejectedException e) {
            refused = e;
        }
        assertThat(refused).as("a file hiding recorded figures is refused").isNotNull();
        assertThat(refused.errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(tuple(2, "frequency"),
                        tuple(4, "due_quarter"));
        assertThat(refused.errors().get(0).message()).contains("MY-1 already has figures for Q1 of 2984/85");
        assertThat(refused.errors().get(1).message()).contains("Q2").contains("reported in Q4");
        assertThat(measures.find(yearId, "MY-2").orElseThrow().definition().frequency())
                .as("all or nothing").isEqualTo(Frequency.QUARTERLY);

        imports.importMeasures(year, framework("ANNUAL,1", "ANNUAL,", "ANNUAL,2"));
        assertThat(measures.find(yearId, "MY-1").orElseThrow().definition().dueQuarter())
                .as("its figure's quarter stays due").isEqualTo(1);
    }

    private void save(long yearId, String code, int quarter) {
        values.saveFigure(measures.find(yearId, code).orElseThrow().id(), quarter, BigDecimal.TEN, null, null, null,
                "feed");
    }

    /** MY-1, MY-2, MY-3 with these frequency,due_quarter cells. */
    private static TabularFile framework(String... frequencies) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < frequencies.length; i++) {
            csv.append("MY-").append(i + 1).append(",Measure ").append(i + 1)
                    .append(",Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,")
                    .append(frequencies[i].replace(",", ",SNAPSHOT,20,,,NONE,")).append('\n');
        }
        return TabularFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
