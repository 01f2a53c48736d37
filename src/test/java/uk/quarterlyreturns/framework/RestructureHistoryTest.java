package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.framework.FrameworkHistoryTest.HEADER;
import static uk.quarterlyreturns.framework.FrameworkHistoryTest.KI;
import static uk.quarterlyreturns.framework.FrameworkHistoryTest.csv;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A service moved to another directorate or renamed takes its key actions with it, and the framework's history says
 * so for each key action as it does for each measure: with the same way, person and reason, in the same transaction.
 */
class RestructureHistoryTest extends ApplicationTest {

    private static final String ACTIONS = "code,title,directorate,service,theme\n"
            + "ERC009,Open the new repairs hub,Economy and Infrastructure,Housing,Ambitious\n"
            + "ERC010,Bring empty homes back into use,Economy and Infrastructure,Housing,Ambitious\n"
            + "HSK-1,Resurface the ring road,Economy and Infrastructure,Highways and Streetscene,Ambitious\n";
    private static final String POTHOLES = "R-1,Potholes awaiting repair,Economy and Infrastructure,"
            + "Highways and Streetscene,Ambitious,count,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE\n";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired FrameworkHistoryReader history;

    @Test
    void aServiceMovedToAnotherDirectorateMovesEachOfItsKeyActionsInTheHistory() {
        ReportingYear year = yearWith("5800-01", HEADER + KI + POTHOLES);
        String moved = HEADER + KI.replace("Economy and Infrastructure", "Corporate Services");

        // a refused file moves nothing and keeps nothing, the key actions' rows included
        assertThatThrownBy(() -> imports.importMeasures("5800-01", csv(moved + POTHOLES.replace("LOWER", "SIDEWAYS")),
                new FrameworkEdit("perfmgr", FrameworkWay.API_FILE, null))).isInstanceOf(ImportRejectedException.class);
        assertThat(lines(year, "ERC009")).hasSize(1);

        imports.importMeasures("5800-01", csv(moved), new FrameworkEdit("perfmgr", FrameworkWay.FORM,
                "Housing joins Corporate Services"));
        for (String action : List.of("ERC009", "ERC010")) {
            assertThat(lines(year, action)).as(action).containsExactly(
                    "KEY_ACTION " + action + " directorate Economy and Infrastructure > Corporate Services by perfmgr"
                            + " FORM Housing joins Corporate Services",
                    "KEY_ACTION " + action + " added by perf API_FILE null");
        }
        assertThat(lines(year, "HSK-1")).hasSize(1); // its service stays where it was
        assertThat(lines(year, "KI 433").get(0)).isEqualTo("MEASURE KI 433 directorate Economy and Infrastructure >"
                + " Corporate Services by perfmgr FORM Housing joins Corporate Services");

        // the same file again moves nothing, and keeps nothing more
        imports.importMeasures("5800-01", csv(moved), new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        assertThat(lines(year, "ERC009")).hasSize(2);
    }

    @Test
    void aServiceRenamedByItsCodeRenamesEachOfItsKeyActionsInTheHistory() {
        String header = HEADER.replace("rag_scheme\n", "rag_scheme,service_code\n");
        String ki = KI.replace("\n", ",HOU5802\n");
        ReportingYear year = yearWith("5802-03", header + ki + POTHOLES.replace("\n", ",\n"));
        imports.importMeasures("5802-03", csv(header + ki.replace(",Housing,", ",Homes and Housing,")),
                new FrameworkEdit("perfmgr", FrameworkWay.API_FILE, "New name from April"));
        for (String action : List.of("ERC009", "ERC010")) {
            assertThat(lines(year, action).get(0)).as(action).isEqualTo("KEY_ACTION " + action
                    + " service Housing > Homes and Housing by perfmgr API_FILE New name from April");
            assertThat(lines(year, action)).as(action).hasSize(2);
        }
        assertThat(lines(year, "HSK-1")).hasSize(1);
    }

    @Test
    void aMoveThroughTheApiKeepsTheKeyActionsRowsWithItsWayAndReasonAndAWrongRoleMovesNothing() {
        Api perf = new Api(url(""), "perf", "demo");
        String year = "/api/years/5804-05";
        ok(perf.putCsv(year + "/framework", HEADER + KI + POTHOLES));
        ok(perf.putCsv(year + "/actions", ACTIONS));
        String moved = HEADER + KI.replace("Economy and Infrastructure", "Corporate Services");

        // someone who may not change the framework is refused, and the history keeps nothing of it
        assertThat(new Api(url(""), "data.housing", "demo").putCsv(year + "/framework", moved).getStatusCode()
                .value()).isEqualTo(403);
        assertThat(perf.get(year + "/framework/history").getBody()).doesNotContain(",directorate,");

        ok(perf.putCsv(year + "/framework?reason=Housing joins Corporate Services", moved));
        assertThat(perf.get(year + "/framework/history").getBody().lines().map(l -> l.substring(l.indexOf(',') + 1)))
                .contains("key action,ERC009,directorate,Economy and Infrastructure,Corporate Services,perf,API file,"
                        + "Housing joins Corporate Services",
                        "key action,ERC010,directorate,Economy and Infrastructure,Corporate Services,perf,API file,"
                        + "Housing joins Corporate Services")
                .noneMatch(l -> l.startsWith("key action,HSK-1,directorate"));
    }

    private static void ok(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    }

    private ReportingYear yearWith(String label, String measures) {
        imports.importMeasures(label, csv(measures), new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        imports.importKeyActions(label, csv(ACTIONS), new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        return years.find(label).orElseThrow();
    }

    /** The item's history, newest first, without the title an added row carries. */
    private List<String> lines(ReportingYear year, String code) {
        return history.ofItem(year, code, "perf").stream().map(e -> e.kind() + " " + e.code() + " " + e.what()
                + (FrameworkEvent.ADDED.equals(e.what()) ? "" : " " + e.from() + " > " + e.to()) + " by " + e.by()
                + " " + e.way() + " " + e.reason()).toList();
    }
}
