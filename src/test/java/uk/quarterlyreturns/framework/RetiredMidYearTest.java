package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.io.FrameworkFileWriter;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnUpload;
import uk.quarterlyreturns.returns.ReturnValidation;
import uk.quarterlyreturns.returns.UploadProblem;
import uk.quarterlyreturns.returns.UploadRefusedException;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A measure retired mid-year (reported until a quarter): the returns after it no longer ask for it, their checks do not
 * count it as owed and their reports do not print it, while its earlier figures stay; what a later return already held
 * is kept; it is never retired before a quarter whose accepted return counted a figure, and the year-end rollover
 * does not carry it.
 */
class RetiredMidYearTest extends ApplicationTest {

    private static final String FRAMEWORK = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,reported_until
            RT-1,Repairs on time,Place,Repairs,Ambitious,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,%s
            RT-2,Empty homes brought back,Place,Repairs,Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,10,TOLERANCE,
            """;

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired QuarterMeasures quarterMeasures;
    @Autowired ReturnValidation validation;
    @Autowired ReturnSheets sheets;
    @Autowired FrameworkHistoryReader history;
    @Autowired YearRollover rollover;
    @Autowired CycleRepository cycles;
    @Autowired JdbcClient jdbc;

    @Test
    void theReturnsAfterItsLastQuarterNoLongerAskForItAndItsEarlierFiguresStay() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7401);
        scenario.enter("HF-2", 2, "55"); // typed into the Q2 return before the collection was withdrawn
        ReportingYear year = years.find(scenario.year).orElseThrow();
        assertThat(validation.completeness(scenario.housing).measuresDue()).isEqualTo(2);

        retire(year, "HF-2", 1, "National collection withdrawn");

        assertThat(codes(validation.measures(scenario.housing))).as("the Q2 return's form and checks")
                .containsExactly("HF-1", "HF-3");
        assertThat(validation.completeness(scenario.housing).measuresDue()).as("not owed").isEqualTo(1);
        assertThat(codes(sheets.load(scenario.housing.id()).measures())).doesNotContain("HF-2");
        UploadRefusedException upload = catchThrowableOfType(UploadRefusedException.class, () -> ReturnUpload.read(
                csv("code,value\nHF-2,60\n"), Optional.empty(), false,
                ReturnUpload.Form.of(sheets.load(scenario.housing.id()), false), Optional.empty()));
        assertThat(upload.problems()).extracting(UploadProblem::message)
                .containsExactly("HF-2 is not due in this return");
        assertThat(codes(quarterMeasures.forQuarter(year, 2, true))).as("the Q2 report").doesNotContain("HF-2");
        assertThat(quarterMeasures.forQuarter(year, 1, true)).as("the Q1 report keeps it")
                .filteredOn(m -> m.measure().code().equals("HF-2")).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("50"));
        assertThat(values.find(scenario.measureId("HF-2"), 2)).as("what the Q2 return held is kept").get()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("55"));

        Api perf = new Api(url(""), "perf", "demo");
        String quarters = "/api/years/" + scenario.year + "/quarters/";
        assertThat(perf.get(quarters + "2/measures").getBody()).doesNotContain("HF-2").contains("HF-1");
        assertThat(perf.get(quarters + "1/measures").getBody()).contains("HF-2");
        ResponseEntity<String> fed = perf.putCsv(quarters + "2/values", "code,value\nHF-2,61\n");
        assertThat(fed.getStatusCode().value()).isEqualTo(400);
        assertThat(fed.getBody()).contains("HF-2 is reported until Q1 only: no return asks for its Q2 figure");

        assertThat(history.ofItem(year, "HF-2", "perf")).filteredOn(e -> e.what().equals("reported_until"))
                .singleElement().satisfies(e -> {
                    assertThat(e.from()).isNull();
                    assertThat(e.to()).isEqualTo("1");
                    assertThat(e.by()).isEqualTo("perf");
                    assertThat(e.reason()).isEqualTo("National collection withdrawn");
                });
    }

    @Test
    void itIsNotRetiredBeforeAQuarterWhoseAcceptedReturnCountedAFigure() {
        Measure rt1 = rt1Of("7402-03");
        long q2 = returnIn(rt1, 2, "ACCEPTED");
        try {
            values.saveFigure(rt1.id(), 2, new BigDecimal("83"), null, null, null, "feed");

            ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                    () -> imports.importMeasures("7402-03", file("1")));
            assertThat(refused.errors()).extracting(ImportError::column).containsExactly("reported_until");
            assertThat(refused.errors().get(0).message()).isEqualTo("RT-1 cannot be reported only until Q1: the Q2"
                    + " return (accepted) of 7402/03 holds a figure for it, which would no longer be shown. Have it"
                    + " sent back first (or reopened, once accepted, before the quarter's report is published), choose"
                    + " Q2 or later, or leave it empty to report it all year.");
            assertThat(measures.find(rt1.id()).orElseThrow().definition().reportedUntil()).isNull();

            imports.importMeasures("7402-03", file("2"));
            assertThat(measures.find(rt1.id()).orElseThrow().definition().reportedUntil()).isEqualTo(2);
        } finally {
            jdbc.sql("delete from service_return where cycle_id = :c").param("c", q2).update();
            jdbc.sql("delete from cycle where id = :c").param("c", q2).update();
        }
    }

    /**
     * Nor before one whose return is submitted or signed off, not yet accepted: its director would have signed off a
     * figure that then stops being shown, as other framework changes under submitted returns are refused.
     */
    @Test
    void itIsNotRetiredBeforeAQuarterWhoseReturnIsSubmittedOrSignedOffWithAFigure() {
        Measure rt1 = rt1Of("7502-03");
        long q2 = returnIn(rt1, 2, "SUBMITTED");
        long q3 = returnIn(rt1, 3, "SIGNED_OFF");
        try {
            values.saveFigure(rt1.id(), 2, new BigDecimal("83"), null, null, null, "data.repairs");
            values.saveFigure(rt1.id(), 3, new BigDecimal("84"), null, null, null, "data.repairs");

            ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                    () -> imports.importMeasures("7502-03", file("1")));
            assertThat(refused.errors()).extracting(ImportError::message).containsExactly("RT-1 cannot be reported"
                    + " only until Q1: the Q2 return (submitted) and the Q3 return (signed off) of 7502/03 hold a figure"
                    + " for it, which would no longer be shown. Have them sent back first (or reopened, once accepted,"
                    + " before the quarter's report is published), choose Q3 or later, or leave it empty to report it"
                    + " all year.");
            assertThat(measures.find(rt1.id()).orElseThrow().definition().reportedUntil()).isNull();

            jdbc.sql("update service_return set status = 'SENT_BACK' where cycle_id = :c").param("c", q3).update();
            assertThat(catchThrowableOfType(ImportRejectedException.class,
                    () -> imports.importMeasures("7502-03", file("1"))).errors()).extracting(ImportError::message)
                    .singleElement().asString().contains("the Q2 return (submitted) of 7502/03 holds");
            imports.importMeasures("7502-03", file("2"));
            assertThat(measures.find(rt1.id()).orElseThrow().definition().reportedUntil()).isEqualTo(2);
        } finally {
            for (long cycle : List.of(q2, q3)) {
                jdbc.sql("delete from service_return where cycle_id = :c").param("c", cycle).update();
                jdbc.sql("delete from cycle where id = :c").param("c", cycle).update();
            }
        }
    }

    /** Nor before one whose return is in holding "not available" for it: its director signed that off as a figure. */
    @Test
    void itIsNotRetiredBeforeAQuarterWhoseReturnIsInHoldingNotAvailable() {
        Measure rt1 = rt1Of("7543-44");
        long q2 = returnIn(rt1, 2, "SIGNED_OFF");
        try {
            jdbc.sql("insert into measure_value (measure_id, quarter, not_available_reason) values (:m, 2, :why)")
                    .param("m", rt1.id()).param("why", "Survey cancelled this quarter").update();

            ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                    () -> imports.importMeasures("7543-44", file("1")));
            assertThat(refused.errors()).extracting(ImportError::message).containsExactly("RT-1 cannot be"
                    + " reported only until Q1: the Q2 return (signed off) of 7543/44 holds \"not available\" for it,"
                    + " which would no longer be shown. Have it sent back first (or reopened, once accepted, before the"
                    + " quarter's report is published), choose Q2 or later, or leave it empty to report it all year.");
            assertThat(measures.find(rt1.id()).orElseThrow().definition().reportedUntil()).isNull();

            jdbc.sql("update service_return set status = 'SENT_BACK' where cycle_id = :c").param("c", q2).update();
            imports.importMeasures("7543-44", file("1"));
            assertThat(measures.find(rt1.id()).orElseThrow().definition().reportedUntil()).isEqualTo(1);
        } finally {
            jdbc.sql("delete from service_return where cycle_id = :c").param("c", q2).update();
            jdbc.sql("delete from cycle where id = :c").param("c", q2).update();
        }
    }

    @Test
    void theRolloverDoesNotCarryItIntoTheNewYear() {
        imports.importMeasures("7403-04", file("3"));
        ReportingYear year = years.find("7403-04").orElseThrow();
        values.saveFigure(measures.find(year.id(), "RT-1").orElseThrow().id(), 3, new BigDecimal("81"), null, null,
                null, "feed");

        YearRollover.Result result = rollover.rollover("7403-04", "7404-05", true, "perf");

        assertThat(result.notCarried()).containsExactly("RT-1");
        assertThat(result.measures()).isEqualTo(1);
        ReportingYear next = years.find("7404-05").orElseThrow();
        assertThat(measures.find(next.id(), "RT-1")).isEmpty();
        assertThat(measures.find(next.id(), "RT-2")).isPresent();
        assertThat(measures.find(year.id(), "RT-1")).as("its own year keeps it").isPresent();
    }

    /** A file's worth of measures is written by COPY, new and changed alike: the last quarter is kept with them. */
    @Test
    void aLargeFileKeepsItsLastQuarters() {
        imports.importMeasures("7406-07", largeFile("2", ""));
        ReportingYear year = years.find("7406-07").orElseThrow();
        assertThat(measures.find(year.id(), "RL-2").orElseThrow().definition().reportedUntil()).isEqualTo(2);
        assertThat(measures.find(year.id(), "RL-3").orElseThrow().definition().reportedUntil()).isNull();

        imports.importMeasures("7406-07", largeFile("", "4"));
        assertThat(measures.find(year.id(), "RL-2").orElseThrow().definition().reportedUntil()).isNull();
        assertThat(measures.find(year.id(), "RL-3").orElseThrow().definition().reportedUntil()).isEqualTo(4);
    }

    /** COPY_FROM measures, the even ones reported until {@code even}, the odd ones until {@code odd}. */
    private static TabularFile largeFile(String even, String odd) {
        StringBuilder csv = new StringBuilder(FRAMEWORK.lines().findFirst().orElseThrow()).append('\n');
        for (int i = 1; i <= MeasureSaving.COPY_FROM; i++) {
            csv.append("RL-").append(i).append(",Measure ").append(i).append(",Place,Repairs,Ambitious,COUNT,"
                    + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,10,TOLERANCE,").append(i % 2 == 0 ? even : odd)
                    .append('\n');
        }
        return csv(csv.toString());
    }

    private void retire(ReportingYear year, String code, int until, String reason) {
        Measure m = measures.find(year.id(), code).orElseThrow();
        imports.changeMeasure(year.label(), TabularFile.read(FrameworkFileWriter.csv(List.of(
                m.definition().withReportedUntil(until))), "measure.csv"), m.definition(),
                new FrameworkEdit("perf", FrameworkWay.FORM, reason));
    }

    /** RT-1 of a year of its own, reported all year. */
    private Measure rt1Of(String label) {
        imports.importMeasures(label, file(""));
        return measures.find(years.find(label).orElseThrow().id(), "RT-1").orElseThrow();
    }

    /** A cycle of the quarter (its row only, no process) in which the measure's service's return has the status. */
    private long returnIn(Measure measure, int quarter, String status) {
        Instant now = Instant.now();
        long cycle = cycles.insert(measure.yearId(), quarter, now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(50)),
                "perf", now.minus(Duration.ofDays(80)), ChasePolicy.DEFAULT);
        jdbc.sql("insert into service_return (cycle_id, service_id, status) values (:c, :s, :status)")
                .param("c", cycle).param("s", measure.serviceId()).param("status", status).update();
        return cycle;
    }

    private static List<String> codes(List<MeasureStatus> statuses) {
        return statuses.stream().map(s -> s.measure().code()).toList();
    }

    private static TabularFile file(String reportedUntil) {
        return csv(FRAMEWORK.formatted(reportedUntil));
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
