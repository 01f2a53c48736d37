package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.io.FrameworkFileWriter;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A measure added once a quarter's report is published is reported from the next quarter (Measure.reportedFrom): its
 * last quarter cannot be before it, by a file, the form or the API.
 */
class ReportedFromTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,reported_until\n";
    private static final String RF_1 = "RF-1,Repairs on time,Place,Repairs,Ambitious,PERCENT,HIGHER_IS_BETTER,"
            + "QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,\n";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired CycleRepository cycles;
    @Autowired JdbcClient jdbc;
    @Autowired FrameworkExport exports;
    @Autowired FrameworkHistoryReader history;

    @Test
    void itsLastQuarterCannotBeBeforeItsFirst() {
        imports.importMeasures("7541-42", csv(HEADER + RF_1));
        ReportingYear year = years.find("7541-42").orElseThrow();
        publish(year, 1);
        publish(year, 2);
        String added = "RF-2,Empty homes brought back,Place,Repairs,Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,20,,10,TOLERANCE,";

        ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                () -> imports.addMeasures(year.label(), csv(HEADER + added + "2\n"), edit()));
        assertThat(refused.errors()).extracting(ImportError::column).containsExactly("reported_until");
        assertThat(refused.errors().get(0).message()).isEqualTo("RF-2 is reported from Q3, the quarter after the last"
                + " report published (Q2's) when it was added, so it cannot be reported only until Q2: choose Q3 or"
                + " later, or leave it empty to report it to the end of the year.");
        assertThat(measures.find(year.id(), "RF-2")).as("nothing saved").isEmpty();

        imports.addMeasures(year.label(), csv(HEADER + added + "\n"), edit());
        Measure rf2 = measures.find(year.id(), "RF-2").orElseThrow();
        assertThat(rf2.reportedFrom()).isEqualTo(3);
        shownWhereItsLastQuarterIs(year);
        TabularFile retired = TabularFile.read(FrameworkFileWriter.csv(List.of(rf2.definition().withReportedUntil(1))),
                "measure.csv");
        assertThat(catchThrowableOfType(ImportRejectedException.class, () -> imports.changeMeasure(year.label(),
                retired, rf2.definition(), edit())).errors()).as("the measure form").extracting(ImportError::message)
                .singleElement().asString().startsWith("RF-2 is reported from Q3,").contains("until Q1");

        ResponseEntity<String> api = new Api(url(""), "perf", "demo").putCsv("/api/years/" + year.label()
                + "/framework", HEADER + RF_1 + added + "2\n");
        assertThat(api.getStatusCode().value()).isEqualTo(400);
        assertThat(api.getBody()).contains("RF-2 is reported from Q3,");
        assertThat(measures.find(rf2.id()).orElseThrow().definition().reportedUntil()).isNull();

        imports.changeMeasure(year.label(), TabularFile.read(FrameworkFileWriter.csv(List.of(
                rf2.definition().withReportedUntil(3))), "measure.csv"), rf2.definition(), edit());
        assertThat(measures.find(rf2.id()).orElseThrow().definition().reportedUntil()).isEqualTo(3);
    }

    /** Once Q4's report is published no return of the year is left to ask for a new measure: next year's takes it. */
    @Test
    void noMeasureIsAddedOnceTheYearsLastReportIsPublished() {
        imports.importMeasures("7542-43", csv(HEADER + RF_1));
        ReportingYear year = years.find("7542-43").orElseThrow();
        for (int q = 1; q <= 4; q++) {
            publish(year, q);
        }
        String added = "RF-3,Homes improved,Place,Repairs,Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,10,"
                + "TOLERANCE,\n";

        ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importMeasures(year.label(), csv(HEADER + RF_1 + added)));
        assertThat(refused.errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "code"));
        assertThat(refused.errors().get(0).message()).isEqualTo("RF-3 cannot be added to 7542/43: its Q4 report is"
                + " published, so no return of the year would ask for it. Add it to next year's framework (7543/44)"
                + " instead.");
        assertThat(measures.find(year.id(), "RF-3")).as("nothing saved").isEmpty();

        imports.importMeasures(year.label(), csv(HEADER + RF_1.replace("Repairs on time", "Repairs done on time")));
        assertThat(measures.find(year.id(), "RF-1").orElseThrow().title()).as("its measures may still change")
                .isEqualTo("Repairs done on time");
    }

    /**
     * The framework export's reported_from (which no import reads: importing the export changes nothing), the
     * framework API's measure answer and the history entry of the addition say from which quarter it is reported.
     */
    private void shownWhereItsLastQuarterIs(ReportingYear year) {
        String export = new String(exports.csv(year), StandardCharsets.UTF_8);
        assertThat(export.lines().findFirst().orElseThrow()).endsWith(",reported_from");
        assertThat(export).containsPattern("(?m)^RF-1,.*,$").containsPattern("(?m)^RF-2,.*,3$");
        assertThat(imports.importMeasures(year.label(), TabularFile.read(exports.csv(year), "f.csv")).changed())
                .as("read back, it changes nothing").isZero();

        Api perf = new Api(url(""), "perf", "demo");
        assertThat(perf.get("/api/years/" + year.label() + "/quarters/3/measures").getBody())
                .contains("\"reportedFrom\":3").contains("\"reportedFrom\":null");
        assertThat(history.ofItem(year, "RF-2", "perf")).extracting(FrameworkEvent::what, FrameworkEvent::to)
                .contains(org.assertj.core.groups.Tuple.tuple("reported_from", "3"));
    }

    private static FrameworkEdit edit() {
        return new FrameworkEdit("perf", FrameworkWay.FORM, null);
    }

    private void publish(ReportingYear year, int quarter) {
        PublishedQuarter.publish(jdbc, cycles, year, quarter);
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
