package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.framework.FrameworkHistoryTest;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The framework's history over the API: a file's and a removal's optional reason kept with their changes, and the
 * year's history read back as CSV, newest first, by the performance team and administrators alone.
 */
class FrameworkHistoryApiTest extends ApplicationTest {

    private static final String YEAR = "/api/years/5020-21";
    private static final String HEADER = FrameworkHistoryTest.HEADER;
    private static final String KI = FrameworkHistoryTest.KI;
    private static final String T2 = "T-2,Typo measure,Economy and Infrastructure,Housing,Ambitious,count,"
            + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,10,,,NONE\n";

    @Test
    void keepsTheReasonGivenAndReadsTheHistoryBackAsCsvNewestFirst() {
        Api perf = new Api(url(""), "perf", "demo");
        ok(perf.putCsv(YEAR + "/framework", HEADER + KI + T2));
        ok(perf.putCsv(YEAR + "/framework?reason=Cabinet agreed a lower target", HEADER + KI.replace(",60,", ",55,")
                + T2));
        ok(perf.putCsv(YEAR + "/actions?reason=New plan", "code,title,directorate,service,theme\n"
                + "HKA-1,Bring empty homes back into use,Economy and Infrastructure,Housing,Ambitious\n"));
        ok(new Api(url(""), "admin", "demo").delete(YEAR + "/measures/T-2?reason=Imported by mistake"));

        ResponseEntity<String> read = perf.get(YEAR + "/framework/history");
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> lines = read.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("when,kind,code,what,from,to,by,way,reason");
        assertThat(lines.subList(1, lines.size())).hasSize(14)
                .allSatisfy(line -> assertThat(line).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d,.*"));
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.substring(l.indexOf(',') + 1)))
                .containsExactly(
                        "measure,T-2,removed,Typo measure,,admin,API,Imported by mistake",
                        // the rule it was removed with, against which one added again under T-2 is compared
                        "measure,T-2,decimals,2,,admin,API,Imported by mistake",
                        "measure,T-2,profile_q4,100,,admin,API,Imported by mistake",
                        "measure,T-2,profile_q3,75,,admin,API,Imported by mistake",
                        "measure,T-2,profile_q2,50,,admin,API,Imported by mistake",
                        "measure,T-2,profile_q1,25,,admin,API,Imported by mistake",
                        "measure,T-2,rag_scheme,NONE,,admin,API,Imported by mistake",
                        "measure,T-2,target,10,,admin,API,Imported by mistake",
                        "measure,T-2,aggregation,SNAPSHOT,,admin,API,Imported by mistake",
                        "measure,T-2,polarity,HIGHER_IS_BETTER,,admin,API,Imported by mistake",
                        "key action,HKA-1,added,,Bring empty homes back into use,perf,API file,New plan",
                        "measure,KI 433,target,60,55,perf,API file,Cabinet agreed a lower target",
                        "measure,T-2,added,,Typo measure,perf,API file,",
                        "measure,KI 433,added,,Repairs on time,perf,API file,");

        assertThat(new Api(url(""), "admin", "demo").get(YEAR + "/framework/history").getBody())
                .isEqualTo(read.getBody());
        for (String who : List.of("data.housing", "dir.housing", "reader", "ceo")) {
            assertThat(new Api(url(""), who, "demo").get(YEAR + "/framework/history").getStatusCode().value())
                    .as(who).isEqualTo(403);
        }
        assertThat(perf.get("/api/years/5021-22/framework/history").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aReasonTooLongIsRefusedAndNothingChanges() {
        Api perf = new Api(url(""), "perf", "demo");
        ResponseEntity<String> refused = perf.putCsv("/api/years/5022-23/framework?reason=" + "x".repeat(1001),
                HEADER + KI);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("at most 1000 characters");
        assertThat(perf.get("/api/years/5022-23/framework").getStatusCode().value()).isEqualTo(404);
    }

    private static void ok(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    }
}
