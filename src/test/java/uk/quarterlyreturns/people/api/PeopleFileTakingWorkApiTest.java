package uk.quarterlyreturns.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The API cannot ask before a people file replaces a service's director: without confirm=true it answers 409 with
 * whom the file takes work from, and nothing changes; the same file with confirm=true goes ahead. A file that takes
 * nothing from anyone needs no confirmation.
 */
class PeopleFileTakingWorkApiTest extends ApplicationTest {

    private static final String SERVICE = "Waste 3983";
    private static final String HEADER = "username,name,email,roles,service,directorate\n";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;

    @Test
    void aFileReplacingADirectorIsRefusedListingWhomItTakesWorkFromUntilConfirmed() throws Exception {
        imports.importMeasures("3983-84", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nWT-3983,Collected,Economy and"
                + " Infrastructure," + SERVICE + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n")
                .getBytes(StandardCharsets.UTF_8), "f.csv"));
        Organisation.ServiceUnit waste = organisation.findService(SERVICE).orElseThrow();
        people.create(new Person("old.dir.3983", "Wyn Outgoing", "old.dir.3983@council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), waste.id(), waste.directorateId(), true, false, false),
                "a-long-password");
        Api admin = new Api(url(""), "admin", "demo");
        String file = HEADER + "old.dir.3983,Wyn Outgoing,old.dir.3983@council.test,READER,,\n"
                + "new.dir.3983,Nye Incoming,new.dir.3983@council.test,SERVICE_DIRECTOR," + SERVICE + ",\n";

        ResponseEntity<String> unconfirmed = admin.putCsvAfterReading("/api/people", file);
        assertThat(unconfirmed.getStatusCode().value()).as(unconfirmed.getBody()).isEqualTo(409);
        JsonNode body = new ObjectMapper().readTree(unconfirmed.getBody());
        assertThat(body.get("message").asText()).contains("takes work from people", "confirm=true");
        assertThat(body.get("workTaken")).extracting(JsonNode::asText)
                .containsExactly("Nye Incoming replaces Wyn Outgoing as director of " + SERVICE);
        assertThat(body.get("errors").get(0).get("message").asText())
                .isEqualTo("Nye Incoming replaces Wyn Outgoing as director of " + SERVICE);
        assertThat(people.find("new.dir.3983")).as("nothing changed").isEmpty();
        assertThat(people.inService(waste.id(), Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly("old.dir.3983");

        ResponseEntity<String> confirmed = admin.putCsvAfterReading("/api/people?confirm=true", file);
        assertThat(confirmed.getStatusCode().value()).as(confirmed.getBody()).isEqualTo(200);
        assertThat(people.inService(waste.id(), Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly("new.dir.3983");

        ResponseEntity<String> again = admin.putCsvAfterReading("/api/people", file.replace("Nye Incoming",
                "Nye Incoming-Jones"));
        assertThat(again.getStatusCode().value()).as("it takes nothing now: " + again.getBody()).isEqualTo(200);
    }
}
