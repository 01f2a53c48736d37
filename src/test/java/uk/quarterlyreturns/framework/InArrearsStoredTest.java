package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A measure reported a quarter in arrears keeps being so: stored by the import, seen as a change when a file says
 * otherwise, exported with the column, and carried into next year by the rollover.
 */
class InArrearsStoredTest extends ApplicationTest {

    private static final String FRAMEWORK = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,in_arrears
            IA-1,FOI requests answered in 20 days,Corporate,Information Governance,Resilient,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,,10,TOLERANCE,YES
            IA-2,Complaints answered on time,Corporate,Information Governance,Resilient,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,,10,TOLERANCE,
            """;

    @Autowired FrameworkImport imports;
    @Autowired FrameworkExport export;
    @Autowired YearRollover rollover;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;

    @Test
    void storedComparedExportedAndCarriedIntoNextYear() {
        imports.importMeasures("4870-71", file(FRAMEWORK));
        long year = years.find("4870-71").orElseThrow().id();
        assertThat(inArrears(year, "IA-1")).isTrue();
        assertThat(inArrears(year, "IA-2")).isFalse();

        assertThat(imports.importMeasures("4870-71", file(FRAMEWORK)).changed()).as("the same file").isZero();
        assertThat(new String(export.csv(years.find("4870-71").orElseThrow()), StandardCharsets.UTF_8))
                .contains("in_arrears").contains(",YES\n");

        rollover.rollover("4870-71", "4871-72", true);
        long next = years.find("4871-72").orElseThrow().id();
        assertThat(inArrears(next, "IA-1")).as("carried by the rollover").isTrue();
        assertThat(inArrears(next, "IA-2")).isFalse();

        ImportResult changed = imports.importMeasures("4871-72", file(FRAMEWORK.replace(",YES", ",NO")));
        assertThat(changed.changed()).as("no longer in arrears is a change").isEqualTo(1);
        assertThat(inArrears(next, "IA-1")).isFalse();
        assertThat(new String(export.csv(years.find("4871-72").orElseThrow()), StandardCharsets.UTF_8))
                .as("none in arrears: the column is left out").doesNotContain("in_arrears");
    }

    /** A file of a hundred rows or more is written by COPY, which carries the column too. */
    @Test
    void aLargeFileKeepsItAlso() {
        StringBuilder csv = new StringBuilder(FRAMEWORK.lines().findFirst().orElseThrow()).append('\n');
        for (int i = 1; i <= MeasureSaving.COPY_FROM; i++) {
            csv.append("IB-").append(i).append(",Measure ").append(i).append(",Corporate,Information Governance,"
                    + "Resilient,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,,10,TOLERANCE,").append(i % 2 == 0 ? "YES"
                    : "NO").append('\n');
        }
        imports.importMeasures("4872-73", file(csv.toString()));
        long year = years.find("4872-73").orElseThrow().id();
        assertThat(inArrears(year, "IB-2")).isTrue();
        assertThat(inArrears(year, "IB-3")).isFalse();

        imports.importMeasures("4872-73", file(csv.toString().replace(",YES\n", ",MAYBE\n").replace(",NO\n", ",YES\n")
                .replace(",MAYBE\n", ",NO\n")));
        assertThat(inArrears(year, "IB-2")).as("updated by COPY").isFalse();
        assertThat(inArrears(year, "IB-3")).isTrue();
    }

    private boolean inArrears(long yearId, String code) {
        return measures.find(yearId, code).orElseThrow().definition().inArrears();
    }

    private static TabularFile file(String csv) {
        return TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
