package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/** A role refused at the API gets the API's usual error shape, whether or not it sent a body. */
class ApiRefusalTest extends ApplicationTest {

    @Test
    void aReaderIsRefusedWithTheApisOwnMessage() throws Exception {
        Api reader = new Api(url(""), "reader", "demo");
        for (ResponseEntity<String> refused : List.of(
                reader.get("/api/years/2017-18/quarters/1/measures"),
                reader.putCsv("/api/years/2017-18/framework", ""),
                reader.putCsv("/api/years/2017-18/quarters/1/values", "code,value\n1.3,5\n"))) {
            assertThat(refused.getStatusCode().value()).isEqualTo(403);
            JsonNode body = new ObjectMapper().readTree(refused.getBody());
            assertThat(body.get("message").asText()).isEqualTo("Your role may not do this");
            assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo("Your role may not do this");
        }
    }
}
