package uk.quarterlyreturns.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.returns.ReturnStatus;

/**
 * The compliance API says of each return's director what the screen says: the director now ({@code directorNow}),
 * whom to chase; {@code director}, read before, stays the same.
 */
class ServiceJsonTest {

    @Test
    void eachReturnNamesItsServicesDirectorNowAsSuch() {
        ReturnCompliance r = new ReturnCompliance(1, 1, "Housing", "Place", "Ben Bright", ReturnStatus.SUBMITTED,
                Instant.parse("2017-10-20T15:00:00Z"), true, false, true, -1, 0, 0, null, null);
        JsonNode row = new ObjectMapper().findAndRegisterModules().valueToTree(ComplianceApi.ServiceJson.of(r));
        assertThat(row.get("directorNow").asText()).isEqualTo("Ben Bright");
        assertThat(row.get("director").asText()).isEqualTo("Ben Bright");
    }
}
