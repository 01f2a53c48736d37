package uk.quarterlyreturns.returns.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Every return's history of a quarter in one CSV, for an auditor: each row names its service, in the words of a
 * return's own history export, with no other quarter's entries. Years 2980 and 2981 are this class's own.
 */
class ReturnsHistoryApiTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnTrail trail;

    @Test
    void theQuartersFileHoldsEveryEntryOfItsReturnsAndNoOtherQuarters() throws Exception {
        ReturnScenario accepted = ReturnScenario.open(context, 2980);
        // the issue notice is a step of its own: on a busy engine it came after the submission, and none went
        accepted.awaitIssueNotices();
        accepted.completeAndAccept();
        trail.record(accepted.housing.id(), "perf", "NOTE", "HF-1", null, "Checked, with a comma", null);
        ReturnScenario untouched = ReturnScenario.open(context, 2981);
        trail.record(untouched.housing.id(), "perf", "NOTE", "HF-1", null, "Another quarter's note", null);

        ResponseEntity<byte[]> got = new Api(url(""), "perf", "demo")
                .getBytes("/api/years/" + accepted.year + "/quarters/2/returns/history");
        assertThat(got.getStatusCode().value()).isEqualTo(200);
        assertThat(got.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("returns-history-" + accepted.year + "-q2.csv");
        List<String> lines = new String(got.getBody(), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(0)).isEqualTo("service,when,who,what,item,from,to,comment");
        assertThat(lines.subList(1, lines.size())).as("every entry names its service").allMatch(
                l -> l.startsWith("Housing,"));
        assertThat(lines).anyMatch(l -> l.contains(",data.housing,Status,,Not started,Submitted,"))
                .anyMatch(l -> l.contains(",dir.housing,Status,,Submitted,Signed off,"))
                .anyMatch(l -> l.contains(",perf,Status,,Signed off,Accepted,"))
                .anyMatch(l -> l.contains(",Mail,Return issued,"))
                .anyMatch(l -> l.contains(",perf,Note,HF-1,,\"Checked, with a comma\","))
                .noneMatch(l -> l.contains("Another quarter's note"));
        assertThat(lines.stream().filter(l -> l.contains(",Status,")).map(l -> l.substring(l.lastIndexOf(",,") + 2))
                .toList()).as("in the order they happened")
                .containsExactly("Not started,Submitted,", "Submitted,Signed off,", "Signed off,Accepted,");
        assertThat(lines).hasSize(trail.history(accepted.housing.id()).size() + 1);

        assertThat(new Api(url(""), "perf", "demo").getBytes("/api/years/" + accepted.year
                + "/quarters/3/returns/history").getStatusCode().value()).as("a cycle not opened").isEqualTo(404);
    }
}
