package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/** A role refused at the API gets the API's usual error shape, whether or not it sent a body. */
class ApiRefusalTest extends ApplicationTest {

    @Autowired
    UserAdministration users;

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

    /**
     * With local passwords on, as by default, a person is given a password by the administrator and chooses their own
     * before the API takes it; marking an account as another system's changes nothing of that.
     */
    @Test
    void withLocalPasswordsAPasswordTheAdministratorSetIsChosenFirstWhateverTheAccount() throws Exception {
        for (boolean apiAccount : List.of(false, true)) {
            String username = "apirefused" + apiAccount;
            users.create(new UserFields(username, "Ari Refused", username + "@council.test",
                    EnumSet.of(Role.PERFORMANCE_TEAM), null, null), "first pass phrase", apiAccount, "admin");
            users.resetPassword(username, "second pass phrase", "admin");
            ResponseEntity<String> refused = new Api(url(""), username, "second pass phrase").get("/api/people");
            assertThat(refused.getStatusCode().value()).isEqualTo(403);
            assertThat(new ObjectMapper().readTree(refused.getBody()).get("message").asText())
                    .isEqualTo(PasswordToChoose.API_MESSAGE);
        }
    }
}
