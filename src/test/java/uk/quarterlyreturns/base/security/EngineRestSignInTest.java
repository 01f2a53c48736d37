package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The engine's REST API is signed in to as the API is, and its 401 says so in the same shape and words; it was Spring
 * Boot's bare {"timestamp","status","error","path"}, unlike every other answer a script of ours reads.
 */
class EngineRestSignInTest extends ApplicationTest {

    @Test
    void itsUnauthorizedIsTheApisOwn() throws Exception {
        JsonNode api = unauthorized(new Api(url(""), null, null).get("/api/people"));
        assertThat(api.get("message").asText()).isEqualTo("Sign in: send your username and password with HTTP Basic");
        for (Api who : new Api[] {new Api(url(""), null, null), new Api(url(""), "nobody4262", "wrong")}) {
            assertThat(unauthorized(who.get("/engine-rest/task"))).isEqualTo(api);
            assertThat(unauthorized(who.postJson("/engine-rest/task", "{}"))).isEqualTo(api);
        }
    }

    private static JsonNode unauthorized(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(401);
        assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        return new ObjectMapper().readTree(answer.getBody());
    }
}
