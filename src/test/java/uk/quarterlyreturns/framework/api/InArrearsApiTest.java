package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * GET .../measures says of each measure whether it is reported a quarter in arrears, and which quarter its figure
 * covers: for one in arrears the quarter before (in Q1 last year's Q4), for the rest the quarter itself.
 */
class InArrearsApiTest extends ApplicationTest {

    private static final String FRAMEWORK = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,in_arrears
            IA-FOI,FOI requests answered in 20 days,Corporate,Information Governance,Resilient,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,,10,TOLERANCE,yes
            IA-CMP,Complaints answered on time,Corporate,Information Governance,Resilient,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,,10,TOLERANCE,
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachMeasureSaysWhetherItIsInArrearsAndWhichQuarterItsFigureCovers() throws Exception {
        Api perf = new Api(url(""), "perf", "demo");
        assertThat(perf.putCsv("/api/years/4874-75/framework", FRAMEWORK).getStatusCode().value()).isEqualTo(200);
        assertThat(perf.putCsv("/api/years/4874-75/quarters/2/values", "code,value\nIA-FOI,73\nIA-CMP,95\n")
                .getStatusCode().value()).isEqualTo(200);

        Map<String, JsonNode> q2 = measures(perf, 2);
        assertThat(q2.get("IA-FOI").get("inArrears").asBoolean()).isTrue();
        assertThat(q2.get("IA-FOI").get("value").decimalValue()).as("stored as the Q2 return's figure")
                .isEqualByComparingTo("73");
        assertThat(q2.get("IA-FOI").get("figurePeriod").toString())
                .isEqualTo("{\"year\":\"4874-75\",\"quarter\":1,\"months\":\"Apr-Jun 4874\"}");
        assertThat(q2.get("IA-CMP").get("inArrears").asBoolean()).isFalse();
        assertThat(q2.get("IA-CMP").get("figurePeriod").toString())
                .isEqualTo("{\"year\":\"4874-75\",\"quarter\":2,\"months\":\"Jul-Sep 4874\"}");

        assertThat(measures(perf, 1).get("IA-FOI").get("figurePeriod").toString()).as("last year's Q4")
                .isEqualTo("{\"year\":\"4873-74\",\"quarter\":4,\"months\":\"Jan-Mar 4874\"}");
    }

    private Map<String, JsonNode> measures(Api perf, int quarter) throws Exception {
        ResponseEntity<String> response = perf.get("/api/years/4874-75/quarters/" + quarter + "/measures");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(response.getBody()).spliterator(), false)
                .collect(Collectors.toMap(n -> n.get("code").asText(), n -> n));
    }
}
