package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A key actions file is refused naming every bad row at once: a row the file itself gets wrong (no title) and a row
 * moving a key action whose status is in a return already submitted. The move was named only once the first row was
 * put right and the file sent again. Year 5985-86.
 */
class KeyActionsRefusedApiTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme\n";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired KeyActionRepository actions;
    @Autowired YearRepository years;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRowWithoutATitleAndAMoveOutOfASignedOffReturnAreNamedTogether() throws Exception {
        String year = "5985-86";
        AcceptedReturn.housing(context, year, () -> {
            imports.importKeyActions(year, AcceptedReturn.csv(HEADER + "KR-1,Gully cleaning,Economy and "
                    + "Infrastructure,Highways and Streetscene,Ambitious\nKR-2,Repairs plan,Economy and "
                    + "Infrastructure,Housing,Ambitious\n"));
            long plan = actions.find(years.find(year).orElseThrow().id(), "KR-2").orElseThrow().id();
            actions.saveStatus(plan, 2, Rag.GREEN, "On track", "data.housing");
        });

        ResponseEntity<String> refused = new Api(url(""), "perf", "demo").putCsv("/api/years/" + year + "/actions",
                HEADER + "KR-1,,Economy and Infrastructure,Highways and Streetscene,Ambitious\n"
                        + "KR-2,Repairs plan,Economy and Infrastructure,Highways and Streetscene,Ambitious\n");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("errors"))
                .extracting(e -> "row " + e.get("row").asInt() + " " + e.get("column").asText() + ": "
                        + e.get("message").asText())
                .satisfiesExactly(
                        title -> assertThat(title).isEqualTo("row 2 title: Must not be empty"),
                        move -> assertThat(move).startsWith("row 3 service: KR-2's status for Q2 is in Housing's"
                                + " return, already submitted"));
        long yearId = years.find(year).orElseThrow().id();
        assertThat(actions.find(yearId, "KR-1").orElseThrow().definition().title()).as("nothing changed")
                .isEqualTo("Gully cleaning");
        assertThat(actions.find(yearId, "KR-2").orElseThrow().definition().service()).isEqualTo("Housing");
    }
}
