package uk.quarterlyreturns.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.people.AccountEvent;
import uk.quarterlyreturns.people.AccountHistoryReader;
import uk.quarterlyreturns.people.AccountWay;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/** The people file's changes over the API are in the account history, which only administrators download. */
class AccountHistoryApiTest extends ApplicationTest {

    private static final String HEADER = "username,name,email,roles,service,directorate\n";

    @Autowired AccountHistoryReader history;

    @Test
    void thePeopleFilesChangesAreRecordedAndAdministratorsDownloadTheHistory() {
        Api admin = new Api(url(""), "admin", "demo");
        ResponseEntity<String> refused = admin.putCsvAfterReading("/api/people", HEADER
                + "api.history2860,Hal History,hal@demo.council.test,DATA_OFFICER,No Such Service,\n");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(history.of("api.history2860", "admin")).isEmpty();

        String row = "api.history2860,Hal History,hal@demo.council.test,READER,,\n";
        assertThat(admin.putCsvAfterReading("/api/people", HEADER + row).getStatusCode().value()).isEqualTo(200);
        assertThat(admin.putCsvAfterReading("/api/people", HEADER + row.replace("READER", "DATA_OFFICER")
                .replace(",,", ",Housing,")).getStatusCode().value()).isEqualTo(200);
        List<AccountEvent> events = history.of("api.history2860", "admin");
        assertThat(events).extracting(AccountEvent::words).containsExactly(
                "Service or directorate changed from none to Housing by admin",
                "Roles changed from Reader to Data officer by admin",
                "Created as Reader by admin");
        assertThat(events).allSatisfy(e -> assertThat(e.way()).isEqualTo(AccountWay.API));

        ResponseEntity<String> csv = admin.get("/api/people/history");
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("when,username,what,from,to,by,way\n")
                .containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d,api\\.history2860,Roles changed,Reader,Data officer,"
                        + "admin,API\n");
        for (String notAdmin : List.of("perf", "reader", "dir.housing")) {
            assertThat(new Api(url(""), notAdmin, "demo").get("/api/people/history").getStatusCode().value())
                    .as(notAdmin).isEqualTo(403);
        }
        assertThat(new Api(url(""), "admin", "wrong").get("/api/people/history").getStatusCode().value())
                .isEqualTo(401);
    }
}
