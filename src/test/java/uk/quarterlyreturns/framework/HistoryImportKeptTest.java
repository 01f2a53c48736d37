package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Past figures print in the report (trends, last year's outturn, direction of travel), so a history file that sets or
 * changes one is kept in the framework's history like any other change to the framework: who, which way, why, the
 * measure, the period, from what to what. A figure given again as stored keeps nothing. Year 7361.
 */
class HistoryImportKeptTest extends ApplicationTest {

    private static final String YEAR = "7361-62";
    private static final String HISTORY = "code,year,value,quarter\n";

    @Autowired FrameworkImport imports;
    @Autowired FigureImport figures;
    @Autowired YearRepository years;
    @Autowired FrameworkHistoryReader history;

    @Test
    void eachFigureAHistoryFileChangesIsKeptWithWhoAndWhatItWasAndAnUnchangedOneKeepsNothing() {
        imports.importMeasures(YEAR, FrameworkHistoryTest.csv(FrameworkHistoryTest.HEADER + FrameworkHistoryTest.KI),
                new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        ReportingYear year = years.find(YEAR).orElseThrow();
        ImportResult first = figures.importHistory(YEAR, csv(HISTORY + "ki 433,7360-61,48,\nKI 433,7360-61,50,2\n"),
                new FrameworkEdit("perfmgr", FrameworkWay.FILE_ON_SCREEN, null));
        assertThat(first.changed()).isEqualTo(2);
        assertThat(lines(year)).filteredOn(line -> line.contains(" history ")).containsExactlyInAnyOrder(
                "MEASURE KI 433 history 7360-61 outturn null > 48 by perfmgr FILE_ON_SCREEN null",
                "MEASURE KI 433 history 7360-61 Q2 null > 50 by perfmgr FILE_ON_SCREEN null");
        int before = lines(year).size();

        ResponseEntity<String> put = api("perf").putCsv("/api/years/" + YEAR + "/history?reason=Restated",
                HISTORY + "KI 433,7360-61,48.0,\nKI 433,7360-61,52,2\n");

        assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(200);
        assertThat(put.getBody()).contains("\"changed\":1", "\"unchanged\":1");
        assertThat(lines(year)).as("one entry, for the figure that changed").hasSize(before + 1).first()
                .isEqualTo("MEASURE KI 433 history 7360-61 Q2 50 > 52 by perf API_FILE Restated");
        List<TabularRow> exported = TabularFile.read(api("perf").getBytes("/api/years/" + YEAR
                + "/framework/history").getBody(), "history.csv").rows();
        assertThat(List.of(exported.get(0).get("code"), exported.get(0).get("what"), exported.get(0).get("from"),
                exported.get(0).get("to"), exported.get(0).get("by")))
                .as("in the file auditors get").containsExactly("KI 433", "history 7360-61 Q2", "50", "52", "perf");

        figures.importHistory(YEAR, csv(HISTORY + "KI 433,7360-61,52,2\n"),
                new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        assertThat(lines(year)).as("the same file again keeps nothing").hasSize(before + 1);
    }

    private List<String> lines(ReportingYear year) {
        return history.ofYear(year, "perf").stream().map(e -> e.kind() + " " + e.code() + " " + e.what() + " "
                + e.from() + " > " + e.to() + " by " + e.by() + " " + e.way() + " " + e.reason()).toList();
    }

    private Api api(String who) {
        return new Api(url(""), who, "demo");
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "history.csv");
    }
}
