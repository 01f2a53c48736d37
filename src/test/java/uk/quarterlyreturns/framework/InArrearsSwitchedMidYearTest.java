package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A measure put into arrears (or taken out) once the year has figures of it would have one quarter's figure given
 * twice (Q1's own figure in the Q1 return, then again in the Q2 return) or by no return: the change is refused,
 * whether or not those figures are signed off, and waits for next year's framework.
 */
class InArrearsSwitchedMidYearTest extends ApplicationTest {

    private static final String FRAMEWORK = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,in_arrears
            IA-1,FOI requests answered in 20 days,Corporate,Information Governance,Resilient,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,,10,TOLERANCE,%s
            IA-2,Complaints answered on time,Corporate,Information Governance,Resilient,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,,10,TOLERANCE,%s
            """;

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;

    @Test
    void aMeasureWithFiguresThisYearIsNotPutIntoArrears() {
        long year = imported("4950-51", "NO", "NO");
        values.saveFigure(measures.find(year, "IA-1").orElseThrow().id(), 1, BigDecimal.TEN, null, null, null,
                "feed");

        ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importMeasures("4950-51", file("YES", "YES")));
        assertThat(refused).as("Q1's own figure would be given again in Q2's return").isNotNull();
        assertThat(refused.errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(tuple(2, "in_arrears"));
        assertThat(refused.errors().get(0).message()).startsWith("IA-1 already has figures for Q1 of 4950/51")
                .contains("next return would give the last quarter's figure again")
                .contains("next year's framework");
        assertThat(inArrears(year, "IA-1")).isFalse();
        assertThat(inArrears(year, "IA-2")).as("all or nothing").isFalse();

        imports.importMeasures("4950-51", file("NO", "YES"));
        assertThat(inArrears(year, "IA-2")).as("a measure without figures yet may still be").isTrue();
    }

    @Test
    void norTakenOutOfArrears() {
        long year = imported("4951-52", "YES", "NO");
        values.saveFigure(measures.find(year, "IA-1").orElseThrow().id(), 2, BigDecimal.TEN, null, null, null,
                "feed");

        ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importMeasures("4951-52", file("NO", "NO")));
        assertThat(refused).as("no return would give the quarter between").isNotNull();
        assertThat(refused.errors().get(0).message()).startsWith("IA-1 already has figures for Q2 of 4951/52")
                .contains("no return the quarter between").contains("Keep it in arrears");
        assertThat(inArrears(year, "IA-1")).isTrue();
    }

    /**
     * Over the REST API the same: the performance team's file is refused on the column, and a director or data
     * officer may not send one at all.
     */
    @Test
    void overTheApiAlsoAndOnlyByTheFrameworksOwners() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        String path = "/api/years/4958-59/framework";
        assertThat(perf.putCsv(path, FRAMEWORK.formatted("NO", "NO")).getStatusCode().value()).isEqualTo(200);
        assertThat(perf.putCsv("/api/years/4958-59/quarters/1/values", "code,value\nIA-1,73\n").getStatusCode()
                .value()).isEqualTo(200);

        ResponseEntity<String> refused = perf.putCsv(path, FRAMEWORK.formatted("YES", "NO"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("in_arrears").contains("IA-1 already has figures for Q1 of 4958/59");
        for (String who : new String[] {"dir.housing", "data.housing"}) {
            assertThat(new Api(url(""), who, "demo").putCsv(path, FRAMEWORK.formatted("NO", "YES")).getStatusCode()
                    .value()).as(who).isEqualTo(403);
        }
        long year = years.find("4958-59").orElseThrow().id();
        assertThat(inArrears(year, "IA-1")).isFalse();
        assertThat(inArrears(year, "IA-2")).isFalse();
    }

    private long imported(String year, String first, String second) {
        imports.importMeasures(year, file(first, second));
        return years.find(year).orElseThrow().id();
    }

    private boolean inArrears(long yearId, String code) {
        return measures.find(yearId, code).orElseThrow().definition().inArrears();
    }

    private static TabularFile file(String first, String second) {
        return TabularFile.read(FRAMEWORK.formatted(first, second).getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
