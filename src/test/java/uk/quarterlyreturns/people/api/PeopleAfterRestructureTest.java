package uk.quarterlyreturns.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A service moves to another directorate when next year begins: its people move with it. The people API names the
 * directorate the service now sits in, and the file it reads back is accepted again. It named the directorate the
 * person was placed in when their service was last assigned, which the people file then refused.
 */
class PeopleAfterRestructureTest extends ApplicationTest {

    private static final String PEOPLE = "username,name,email,roles,service,directorate\n";

    @Autowired FrameworkImport imports;
    @Autowired JdbcClient jdbc;
    @Autowired uk.quarterlyreturns.framework.Organisation organisation;

    @Test
    void aServiceDirectorIsInTheDirectorateTheirServiceSitsInThisYear() throws Exception {
        imports.importMeasures("3046-47", framework("Culture 3046"));
        Api admin = new Api(url(""), "admin", "demo");
        ok(admin.putCsvAfterReading("/api/people", PEOPLE + "dir3046,Ivo Shelver,ivo3046@council.test,SERVICE_DIRECTOR,"
                + "Libraries 3046,\n"));
        assertThat(directorateOf(admin, "dir3046")).isEqualTo("Culture 3046");

        imports.importMeasures("3047-48", framework("Communities 3047"));
        jdbc.sql("""
                update service set directorate_id = (select id from directorate where name = 'Communities 3047')
                where name = 'Libraries 3046'""").update(); // as when 3047/48 begins
        assertThat(organisation.findService("Libraries 3046").orElseThrow().directorateName())
                .isEqualTo("Communities 3047");

        String read = directorateOf(admin, "dir3046");
        assertThat(read).isEqualTo("Communities 3047");
        ok(admin.putCsvAfterReading("/api/people", PEOPLE + "dir3046,Ivo Shelver,ivo3046@council.test,SERVICE_DIRECTOR,"
                + "Libraries 3046," + read + "\n"));
    }

    private String directorateOf(Api api, String username) throws Exception {
        JsonNode all = new ObjectMapper().readTree(ok(api.get("/api/people")));
        return StreamSupport.stream(all.spliterator(), false).filter(p -> p.get("username").asText().equals(username))
                .findFirst().orElseThrow().get("directorate").asText();
    }

    private static String ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    private static TabularFile framework(String directorate) {
        return TabularFile.read(("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,"
                + "floor,tolerance_pct,rag_scheme\nLB-1,Loans," + directorate + ",Libraries 3046,Learning,count,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,5,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
