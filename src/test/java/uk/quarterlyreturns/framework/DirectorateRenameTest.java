package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.people.UserRejectedException;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A restructure renames a directorate ("Adults" becomes "Adult Social Care"): the framework file can only name the
 * new one, so the performance team says the old one continues as it. Its strategic director moves when the year
 * begins, not before (the year under way still escalates to them as the old directorate's), once, with the move in
 * their account history, and a people file from before the restructure cannot put them back; the earlier year keeps
 * the old directorate; the import's note stops naming either.
 */
class DirectorateRenameTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme\n";
    private static final String ROW = ",Carers assessed,%s,Carers 3041,Caring,count,HIGHER_IS_BETTER,QUARTERLY,"
            + "SNAPSHOT,50,,10,TOLERANCE\n";

    @Autowired JdbcClient jdbc;
    @Autowired YearUnderWay yearUnderWay;
    @Autowired YearRepository years;
    @Autowired YearStructure structure;
    @Autowired UserAdministration users;
    @Autowired ComplianceService compliance;
    @Autowired ReturnPermissions permissions;
    @Autowired ReturnRepository returns;
    @Autowired Countersigning countersigning;

    private final ObjectMapper json = new ObjectMapper();
    private Api perf;

    @BeforeEach
    void signIn() {
        perf = new Api(url(""), "perf", "demo");
    }

    @Test
    void theOldDirectoratesStrategicDirectorMovesToTheNewOneWhenTheYearBegins() {
        ok(perf.putCsv("/api/years/3041-42/framework", HEADER + "CA-1" + ROW.formatted("Adults 3041")));
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, directorate_id)
                select 'sd3041', 'Rhoda Carewell', 'x', id from directorate where name = 'Adults 3041'""").update();
        jdbc.sql("insert into user_role (username, role) values ('sd3041', 'STRATEGIC_DIRECTOR')").update();
        String renamed = HEADER + "CA-1" + ROW.formatted("Adult Social Care 3042") + "CA-2"
                + ROW.formatted("Health 3042").replace("Carers 3041", "Carers Hub 3042");
        JsonNode imported = ok(perf.putCsv("/api/years/3042-43/framework", renamed));
        assertThat(imported.get("notes").toString()).contains("Rhoda Carewell (Adults 3041)", "continues as");

        JsonNode recorded = ok(perf.postJson("/api/years/3042-43/directorates/continuations",
                "{\"directorate\":\"Adults 3041\",\"continuesAs\":\"Adult Social Care 3042\"}"));
        assertThat(recorded.get("strategicDirectors").toString()).isEqualTo("[\"Rhoda Carewell\"]");
        assertThat(recorded.get("movesOn").asText()).isEqualTo("3042-04-01");
        assertThat(recorded.get("moved").asBoolean()).isFalse();
        assertThat(directorateOf("sd3041")).as("this year still escalates to them").isEqualTo("Adults 3041");
        assertThat(ok(perf.putCsv("/api/years/3042-43/framework", renamed)).get("notes").toString())
                // other tests' directorates may be named "Adult Social Care ...": the shared database
                .doesNotContain("Rhoda", "Adult Social Care 3042").contains("Health 3042");
        assertThat(ok(perf.get("/api/years/3042-43/directorates/continuations")).get(0).get("continuesAs").asText())
                .isEqualTo("Adult Social Care 3042");

        yearUnderWay.follow(LocalDate.of(3042, 3, 31));
        assertThat(directorateOf("sd3041")).isEqualTo("Adults 3041");
        yearUnderWay.follow(LocalDate.of(3042, 4, 1));
        assertThat(directorateOf("sd3041")).isEqualTo("Adult Social Care 3042");
        yearUnderWay.follow(LocalDate.of(3042, 4, 2));
        lastYearsFourthQuarterIsStillTheirs();
        assertThat(jdbc.sql("""
                select from_value || ' > ' || to_value || ' by ' || changed_by || ' ' || way from account_event
                where username = 'sd3041'""").query(String.class).list())
                .as("moved once, and said so")
                .containsExactly("Adults 3041 > Adult Social Care 3042 by perf RESTRUCTURE");
        assertThat(refusal(perf.postJson("/api/years/3042-43/directorates/continuations",
                "{\"directorate\":\"Adults 3041\",\"continuesAs\":\"Health 3042\"}")))
                .contains("Adults 3041 already continues as Adult Social Care 3042", "move them under Users");
        Api admin = new Api(url(""), "admin", "demo");
        assertThat(refusal(admin.putCsvAfterReading("/api/people", "username,name,email,roles,service,directorate\n"
                + "sd3041,Rhoda Carewell,rhoda3041@council.test,STRATEGIC_DIRECTOR,,Adults 3041\n")))
                .as("a people file from before the restructure does not put her back")
                .contains("Adults 3041 continues as Adult Social Care 3042 since 3042/43");
        long adults = jdbc.sql("select id from directorate where name = 'Adults 3041'").query(Long.class).single();
        assertThatThrownBy(() -> users.update(new UserFields("sd3041", "Rhoda Carewell", "rhoda3041@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, adults), "admin")).as("nor does the Users screen")
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems())
                        .containsEntry(UserRejectedException.DIRECTORATE, "Adults 3041 continues as Adult Social Care"
                                + " 3042 since 3042/43: place them in Adult Social Care 3042"));
        assertThat(directorateOf("sd3041")).isEqualTo("Adult Social Care 3042");
        assertThat(structure.services(years.find("3041-42").orElseThrow().id()).get(0).directorate())
                .as("the earlier year keeps its directorate").isEqualTo("Adults 3041");
    }

    @Test
    void onlyADirectorateTheYearNoLongerHasContinuesAsOneItHas() {
        jdbc.sql("insert into directorate (name) values ('Gone 3043')").update();
        ok(perf.putCsv("/api/years/3043-44/framework", HEADER + "CB-1" + ROW.formatted("Place 3043")
                .replace("Carers 3041", "Parks 3043")));
        assertThat(refusal(perf.postJson("/api/years/3043-44/directorates/continuations",
                "{\"directorate\":\"Place 3043\",\"continuesAs\":\"Place 3043\"}")))
                .contains("Place 3043 is still a directorate in the 3043/44 framework");
        assertThat(refusal(perf.postJson("/api/years/3043-44/directorates/continuations",
                "{\"directorate\":\"Gone 3043\",\"continuesAs\":\"Nowhere 3043\"}")))
                .contains("The 3043/44 framework has no directorate called Nowhere 3043: it has Place 3043");
        assertThat(refusal(perf.postJson("/api/years/3043-44/directorates/continuations", "{}")))
                .contains("continues as");
        assertThat(refusal(perf.postJson("/api/years/3043-44/directorates/continuations",
                "{\"directorate\":\"No Such 3043\",\"continuesAs\":\"Place 3043\"}")))
                .contains("There is no directorate called No Such 3043");
    }

    /**
     * A strategic director who also directs a service follows the service: next year's framework places it in a new
     * directorate, and they lead that one. The import's note names neither the new directorate as having nobody nor
     * them as left with the old one (the Users screen could not move them: their service decides).
     */
    @Test
    void aStrategicDirectorWithAServiceLeadsTheDirectorateTheYearPlacesItIn() {
        String row = ROW.replace("Carers 3041", "Harbours 3642");
        ok(perf.putCsv("/api/years/3642-43/framework", HEADER + "HB-1" + row.formatted("Coast 3642")));
        long harbours = jdbc.sql("select id from service where name = 'Harbours 3642'").query(Long.class).single();
        users.create(new UserFields("sd3642", "Morwenna Quay", "morwenna3642@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR, Role.SERVICE_DIRECTOR), harbours, null), "pear tree lane 9",
                "admin");

        JsonNode moved = ok(perf.putCsv("/api/years/3643-44/framework", HEADER + "HB-1" + row.formatted("Seaside 3643")));
        assertThat(moved.get("notes").toString()).doesNotContain("Seaside 3643", "Morwenna Quay");
    }

    /**
     * 3041/42's fourth quarter comes in after the year begins, its returns under Adults 3041: the strategic director
     * who moved to Adult Social Care 3042 still sees its compliance and countersigns its returns.
     */
    private void lastYearsFourthQuarterIsStillTheirs() {
        long cycle = jdbc.sql("""
                insert into cycle (year_id, quarter, status, submission_deadline, compilation_date)
                select id, 4, 'COMPILED', timestamptz '3042-04-21 17:00+01', timestamptz '3042-05-01 09:00+01'
                from reporting_year where label = '3041-42' returning id""").query(Long.class).single();
        long carers = jdbc.sql("""
                insert into service_return (cycle_id, service_id, status, first_submitted_at, signed_off_at,
                    signed_off_by)
                select :c, id, 'SIGNED_OFF', timestamptz '3042-04-14 10:00+01', timestamptz '3042-04-15 10:00+01',
                    'someone else' from service where name = 'Carers 3041' returning id""")
                .param("c", cycle).query(Long.class).single();
        long socialCare = jdbc.sql("select id from directorate where name = 'Adult Social Care 3042'")
                .query(Long.class).single();

        try {
            assertThat(compliance.forCycle(cycle, socialCare).returns()).extracting(ReturnCompliance::service)
                    .containsExactly("Carers 3041");
            assertThat(permissions.canCountersign("sd3041", returns.find(carers).orElseThrow())).isTrue();
            assertThat(countersigning.signedOffInDirectorate("sd3041")).extracting(ServiceReturn::id)
                    .contains(carers);
        } finally {
            // a cycle with no process of its own must not outlive the test
            jdbc.sql("delete from service_return where id = :r").param("r", carers).update();
            jdbc.sql("delete from cycle where id = :c").param("c", cycle).update();
        }
    }

    private String directorateOf(String username) {
        return jdbc.sql("select d.name from app_user u join directorate d on d.id = u.directorate_id"
                + " where u.username = :u").param("u", username).query(String.class).single();
    }

    private static String refusal(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        return response.getBody();
    }

    private JsonNode ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        try {
            return json.readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
