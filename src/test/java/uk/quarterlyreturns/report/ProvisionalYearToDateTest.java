package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.OutturnMark;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.Unit;

/** A year to date adding up an earlier quarter's provisional figure is no more final than that figure. */
class ProvisionalYearToDateTest {

    private static final List<String> YEARS = List.of("14/15", "15/16", "16/17");

    @Test
    void theExceptionSaysTheYearToDateIncludesTheProvisionalQuarterAndTheSpreadsheetNamesIt() {
        MeasureLine lettings = cumulative().withProvisionalQuarters(List.of(1));

        assertThat(ExceptionCompiler.figures(lettings, 2, YEARS))
                .startsWith("Q2: 50 (110 cum) (year to date includes provisional Q1); Target: 400");
        MeasureRow row = MeasureTableCompiler.row(lettings, 2);
        assertThat(row.provisional(1, 2)).isTrue();
        assertThat(row.provisional(2, 2)).as("its year to date adds Q1 up").isTrue();
        assertThat(row.provisionalQuarters(2)).isEqualTo("Q1, year to date");
    }

    @Test
    void aFinalYearToDateIsNotMarked() {
        MeasureLine lettings = cumulative();

        assertThat(ExceptionCompiler.figures(lettings, 2, YEARS)).startsWith("Q2: 50 (110 cum); Target: 400");
        assertThat(MeasureTableCompiler.row(lettings, 2).provisionalQuarters(2)).isNull();
    }

    @Test
    void aReportKeptFromBeforeEarlierFiguresWereMarkedReadsAsItWasCompiled() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules();
        com.fasterxml.jackson.databind.node.ObjectNode kept = json.valueToTree(cumulative()
                .withProvisionalQuarters(List.of(1)));
        kept.remove("provisionalQuarters");

        MeasureLine read = json.treeToValue(kept, MeasureLine.class);

        assertThat(read.provisionalQuarters()).isEmpty();
        assertThat(MeasureTableCompiler.row(read, 2).provisionalQuarters(2)).isNull();
    }

    /** Last year's outturn made from a year-end figure still provisional, or revised since: said in words. */
    @Test
    void theExceptionSaysLastYearsOutturnIsProvisionalOrRevised() {
        MeasureLine lettings = cumulative().toBuilder().outturns(Arrays.asList(null, null, new BigDecimal("420")))
                .build();

        assertThat(ExceptionCompiler.figures(lettings, 2, YEARS)).contains("; 16/17: 420; ");
        assertThat(ExceptionCompiler.figures(lettings.withLastOutturnMark(OutturnMark.PROVISIONAL), 2, YEARS))
                .contains("; 16/17: 420 (provisional); ");
        assertThat(ExceptionCompiler.figures(lettings.withLastOutturnMark(OutturnMark.REVISED), 2, YEARS))
                .contains("; 16/17: 420 (revised); ");
    }

    private static MeasureLine cumulative() {
        return MeasureLine.builder().code("HF-4").title("New lettings").directorate("Economy").service("Housing")
                .theme("Ambitious").unit(Unit.COUNT).decimals(0).cumulative(true).targetText("400")
                .quarterValues(Arrays.asList(new BigDecimal("60"), new BigDecimal("50"), null, null))
                .yearToDate(Arrays.asList(new BigDecimal("60"), new BigDecimal("110"), null, null))
                .rag(Rag.AMBER).ragComputed(Rag.AMBER).reasons("Fewer voids").actionsPlanned("More viewings").build();
    }
}
