package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * History is the years before the framework's own: a row for the framework's year or a later one would be stored
 * and never shown (the report's outturns and comparisons read only earlier years), so the file is refused naming it.
 */
class HistoryImportTest extends ApplicationTest {

    private static final String YEAR = "2664-65";

    @Autowired FrameworkImport imports;

    @Autowired FigureImport figures;
    @Autowired YearRepository years;
    @Autowired MeasureHistory measureHistory;

    @Test
    void aRowForTheFrameworksOwnYearOrALaterOneIsRefusedWithTheOthersMistakes() {
        imports.importMeasures(YEAR, csv("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
                + "target,floor,tolerance_pct,rag_scheme\n"
                + "HY-1,Homes built,Case Directorate,Case Services,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,100,,,NONE\n"));

        ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                () -> figures.importHistory(YEAR, csv("code,year,value,quarter\n"
                        + "HY-1,2663-64,40,\n"
                        + "HY-1,2664-65,41,\n"
                        + "HY-1,2665-66,42,2\n"
                        + "HY-9,2663-64,43,\n")));

        assertThat(refused).isNotNull();
        assertThat(refused.errors()).extracting(e -> e.row() + " " + e.column())
                .containsExactly("3 year", "4 year", "5 code");
        assertThat(refused.errors().get(0).message()).contains("before 2664/65");
        assertThat(measureHistory.historyForYear(years.find(YEAR).orElseThrow().id())).isEmpty();

        figures.importHistory(YEAR, csv("code,year,value,quarter\nHY-1,2663-64,40,\nHY-1,2663-64,9,4\n"));
        assertThat(measureHistory.historyForYear(years.find(YEAR).orElseThrow().id())).hasSize(2);
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "history.csv");
    }
}
