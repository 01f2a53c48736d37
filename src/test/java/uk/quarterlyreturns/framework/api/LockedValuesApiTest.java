package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The whole organisation's values in one file while Housing's Q2 return is accepted and Highways' still out: refused
 * (409) naming each locked row and its code, and nothing changes, Highways' figure included. The refusal used to name
 * the codes alone, leaving a file of hundreds of rows to be searched. Year 4053.
 */
class LockedValuesApiTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;

    @Test
    void aFeedAcrossServicesWithOneReturnAcceptedIsRefusedNamingTheLockedRowsAndChangesNothing() throws Exception {
        String year = "4053-54";
        AcceptedReturn.housing(context, year);

        ResponseEntity<String> refused = new Api(url(""), "perf", "demo").putCsv("/api/years/" + year
                + "/quarters/2/values", "code,value\nRH-2,90\nrh-1,70\n");

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        JsonNode body = new ObjectMapper().readTree(refused.getBody());
        assertThat(body.get("errors")).hasSize(1);
        assertThat(body.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(body.get("errors").get(0).get("column").asText()).isEqualTo("code");
        assertThat(body.get("errors").get(0).get("message").asText()).contains("RH-1");
        assertThat(body.get("message").asText()).contains("RH-1 (row 3)").contains("Nothing was changed");
        long yearId = years.find(year).orElseThrow().id();
        assertThat(values.find(measures.find(yearId, "RH-1").orElseThrow().id(), 2).orElseThrow().value())
                .isEqualByComparingTo("85");
        assertThat(values.find(measures.find(yearId, "RH-2").orElseThrow().id(), 2)).as("all or nothing").isEmpty();
    }
}
