package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnChecks;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnNotReadyException;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnValidation;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ReviewItem;
import uk.quarterlyreturns.returns.ReviewItems;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A return is rated as the report will print it. HC-1 (cumulative, 240 a year, a quarter's share 60) holds 62 for Q1,
 * but Housing's Q1 return is not in: the report leaves Q1 out, so Q2's 58 is its year to date, short of Q2's share
 * (Amber), not 120 against the 120 profiled to date (Green). The checks, the quality check and the API judge the same,
 * so submission asks for the reasons and actions the report's performance by exception prints. Years 6015 and 6019.
 */
class EarlierQuarterNotInTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnValidation validation;
    @Autowired ReturnSheets sheets;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired ValueRepository values;
    @Autowired YearRepository years;
    @Autowired ReportInputs inputs;
    @Autowired ObjectMapper json;

    @ParameterizedTest(name = "Q1 return {1}")
    @CsvSource({"6015, SENT_BACK", "6019, DRAFT"})
    void aQ1FigureNotInCountsNeitherInTheReturnsRatingNorInTheReport(int startYear, ReturnStatus q1Status)
            throws Exception {
        ReturnScenario scenario = ReturnScenario.cumulativeWithAFirstQuarter(context, startYear);
        long q1 = scenario.firstQuarterReturn(q1Status);
        try {
            ServiceReturn housing = secondQuarterAt58(scenario);

            MeasureStatus rated = homes(validation.measures(housing));
            assertThat(rated.judgedValue()).isEqualByComparingTo("58");
            assertThat(rated.missingQuarters()).containsExactly(1);
            assertThat(rated.rag()).isEqualTo(Rag.AMBER);
            assertThat(ReviewItems.of(sheets.load(housing.id()), List.of(), validation.checks(),
                    sheets.names(housing))).filteredOn(i -> i.code().equals("HC-1")).singleElement()
                    .satisfies(i -> assertThat(i.flags()).contains(ReviewItem.Flag.AMBER_OR_WORSE));
            JsonNode api = json.readTree(new Api(url(""), "perf", "demo").get("/api/years/" + scenario.year
                    + "/quarters/2/measures").getBody()).get(0);
            assertThat(api.get("yearToDate").decimalValue()).isEqualByComparingTo("58");
            assertThat(api.get("yearToDateMissing").toString()).isEqualTo("[1]");
            assertThat(api.get("rag").asText()).isEqualTo("AMBER");
            assertThat(api.get("returnNotIn").asBoolean()).as("Q2's return not yet submitted: the report's Missing")
                    .isTrue();

            assertThatThrownBy(() -> workflow.submit(housing.id(), "data.housing"))
                    .isInstanceOfSatisfying(ReturnNotReadyException.class, e -> assertThat(e.problems())
                            .extracting(ReturnChecks.Problem::code, ReturnChecks.Problem::message)
                            .containsExactly(tuple("HC-1",
                                    "Amber: give the reasons for performance and the actions planned")));

            long measure = scenario.measureId("HC-1");
            editing.saveMeasure(housing.id(), measure, values.find(measure, 2).orElseThrow().version(),
                    new MeasureEntry(new BigDecimal("58"), "Two schemes slipped", "Both finish in Q3", null, null,
                            null), "data.housing");
            workflow.submit(housing.id(), "data.housing");
            assertThat(json.readTree(new Api(url(""), "perf", "demo").get("/api/years/" + scenario.year
                    + "/quarters/2/measures").getBody()).get(0).get("returnNotIn").asBoolean()).isFalse();

            MeasureLine printed = printedHomes(scenario);
            assertThat(printed.rag()).isEqualTo(homes(validation.measures(scenario.reload())).rag())
                    .isEqualTo(Rag.AMBER);
            assertThat(printed.quarterValues().get(0)).isNull();
        } finally {
            scenario.removeCycle(q1);
        }
    }

    /**
     * Housing's Q1 return, in and published, reopened for correction: its Q1 figure still counts, on the form and in
     * a version of the Q2 report alike (62 + 58 = 120 against 120 profiled: Green), its correction being Q1's next
     * version. Year 6087.
     */
    @Test
    void aQ1ReturnReopenedForCorrectionCountsOnTheFormAndInTheVersionAlike() throws Exception {
        ReturnScenario scenario = ReturnScenario.cumulativeWithAFirstQuarter(context, 6087);
        long q1 = scenario.firstQuarterReturn(ReturnStatus.REOPENED);
        try {
            ServiceReturn housing = secondQuarterAt58(scenario);
            MeasureStatus rated = homes(validation.measures(housing));
            assertThat(rated.judgedValue()).isEqualByComparingTo("120");
            assertThat(rated.rag()).isEqualTo(Rag.GREEN);
            workflow.submit(housing.id(), "data.housing");

            MeasureLine printed = printedHomes(scenario);
            assertThat(printed.rag()).isEqualTo(Rag.GREEN);
            assertThat(printed.quarterValues().get(0)).isEqualByComparingTo("62");
        } finally {
            scenario.removeCycle(q1);
        }
    }

    /** Housing's Q2 return with HC-1 at 58 and its key action on track: short of Q2's share alone. */
    private static ServiceReturn secondQuarterAt58(ReturnScenario scenario) {
        scenario.enter("HC-1", 2, "58");
        scenario.keyActionOnTrack(2);
        return scenario.reload();
    }

    /** HC-1 as a version of the Q2 report compiles it. */
    private MeasureLine printedHomes(ReturnScenario scenario) {
        return gather(scenario).measures().stream().filter(m -> m.code().equals("HC-1")).findFirst().orElseThrow();
    }

    private ReportInput gather(ReturnScenario scenario) {
        ReportingYear year = years.find(scenario.year).orElseThrow();
        return inputs.gather(scenario.cycle, year, 1, null, "", CabinetCover.EMPTY, LocalDate.now());
    }

    private static MeasureStatus homes(List<MeasureStatus> measures) {
        return measures.stream().filter(m -> m.measure().code().equals("HC-1")).findFirst().orElseThrow();
    }
}
