package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A restructure file merges Daycare into Carers, in the new Adult Social Care: Daycare keeps its placement in
 * Adults, empty (a return already issued to it refers to it), but Adults is no longer a directorate of the year. The
 * import's note names its strategic director, and "Adults continues as Adult Social Care" is accepted, as the note
 * asks. A return Daycare was issued before a merge during the year stays its strategic director's once they move.
 */
class DirectorateEmptiedTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme\n";
    private static final String ROW = "%s,Carers assessed,%s,%s,Caring,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,"
            + "10,TOLERANCE\n";

    @Autowired JdbcClient jdbc;
    @Autowired YearRepository years;
    @Autowired YearStructure structure;
    @Autowired DirectorateContinuations continuations;
    @Autowired YearUnderWay yearUnderWay;
    @Autowired ReturnPermissions permissions;
    @Autowired ReturnRepository returns;
    @Autowired ComplianceService compliance;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDirectorateLeftWithOnlyEmptiedServicesContinuesAsTheOneTheyMergedInto() {
        Api perf = new Api(url(""), "perf", "demo");
        adultsWithTwoServices(perf, 7351, "Ida Mergewell");

        JsonNode merged = mergeIntoCarers(perf, 7351);
        ReportingYear year = years.find("7351-52").orElseThrow();
        assertThat(structure.services(year.id())).as("Daycare stays placed, with nothing")
                .extracting(s -> s.name() + " in " + s.directorate() + ": " + s.measures() + "+" + s.keyActions())
                .containsExactlyInAnyOrder("Carers 7351 in Adult Social Care 7351: 2+0",
                        "Daycare 7351 in Adults 7351: 0+0");
        assertThat(merged.get("notes").toString()).contains("With no strategic director in 7351/52: Adult Social Care"
                + " 7351", "Ida Mergewell (Adults 7351)");
        assertThat(continuations.directorates(year)).containsExactly("Adult Social Care 7351");

        JsonNode recorded = ok(perf.postJson("/api/years/7351-52/directorates/continuations",
                "{\"directorate\":\"Adults 7351\",\"continuesAs\":\"Adult Social Care 7351\"}"));
        assertThat(recorded.get("strategicDirectors").toString()).isEqualTo("[\"Ida Mergewell\"]");
        assertThat(recorded.get("movesOn").asText()).isEqualTo("7351-04-01");
    }

    /**
     * A restructure during 7355/56 merges Daycare into Carers after Daycare's first quarter return was signed off: the
     * return keeps Adults, and Adults' strategic director, moved to Adult Social Care, still sees and countersigns it.
     */
    @Test
    void aReturnIssuedBeforeTheMergeStaysWithTheStrategicDirectorWhoMoved() {
        Api perf = new Api(url(""), "perf", "demo");
        adultsWithTwoServices(perf, 7355, "Ada Staywell");
        long cycle = jdbc.sql("""
                insert into cycle (year_id, quarter, status, submission_deadline, compilation_date)
                select id, 1, 'COMPILED', timestamptz '7355-07-21 17:00+01', timestamptz '7355-08-01 09:00+01'
                from reporting_year where label = '7355-56' returning id""").query(Long.class).single();
        try {
            long daycare = jdbc.sql("""
                    insert into service_return (cycle_id, service_id, status, first_submitted_at, signed_off_at,
                        signed_off_by)
                    select :c, id, 'SIGNED_OFF', timestamptz '7355-07-14 10:00+01', timestamptz '7355-07-15 10:00+01',
                        'someone else' from service where name = 'Daycare 7355' returning id""")
                    .param("c", cycle).query(Long.class).single();
            // Carers' own return, still with it, takes the merged measure
            jdbc.sql("""
                    insert into service_return (cycle_id, service_id, status) select :c, id, 'DRAFT' from service
                    where name = 'Carers 7355'""").param("c", cycle).update();
            mergeIntoCarers(perf, 7355);
            ok(perf.postJson("/api/years/7355-56/directorates/continuations",
                    "{\"directorate\":\"Adults 7355\",\"continuesAs\":\"Adult Social Care 7355\"}"));
            yearUnderWay.follow(LocalDate.of(7355, 9, 1));
            long socialCare = jdbc.sql("select id from directorate where name = 'Adult Social Care 7355'")
                    .query(Long.class).single();

            ServiceReturn signedOff = returns.find(daycare).orElseThrow();
            assertThat(signedOff.directorateName()).isEqualTo("Adults 7355");
            assertThat(permissions.canCountersign("sd7355", signedOff)).isTrue();
            assertThat(compliance.forCycle(cycle, socialCare).returns()).extracting(ReturnCompliance::service)
                    .containsExactly("Carers 7355", "Daycare 7355");
        } finally {
            // a cycle with no process of its own must not outlive the test
            jdbc.sql("""
                    delete from return_event where return_id in (select id from service_return where cycle_id = :c)""")
                    .param("c", cycle).update();
            jdbc.sql("delete from service_return where cycle_id = :c").param("c", cycle).update();
            jdbc.sql("delete from cycle where id = :c").param("c", cycle).update();
        }
    }

    /** The year places Carers and Daycare in Adults, whose strategic director is sd and the year. */
    private void adultsWithTwoServices(Api perf, int year, String director) {
        ok(perf.putCsv(framework(year), HEADER + ROW.formatted("X" + year + "-1", "Adults " + year, "Carers " + year)
                + ROW.formatted("X" + year + "-2", "Adults " + year, "Daycare " + year)));
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, directorate_id)
                select :u, :n, 'x', id from directorate where name = :d""").param("u", "sd" + year)
                .param("n", director).param("d", "Adults " + year).update();
        jdbc.sql("insert into user_role (username, role) values (:u, 'STRATEGIC_DIRECTOR')").param("u", "sd" + year)
                .update();
    }

    /** The restructure file: Daycare's measure joins Carers, both in Adult Social Care. */
    private JsonNode mergeIntoCarers(Api perf, int year) {
        return ok(perf.putCsv(framework(year), HEADER
                + ROW.formatted("X" + year + "-1", "Adult Social Care " + year, "Carers " + year)
                + ROW.formatted("X" + year + "-2", "Adult Social Care " + year, "Carers " + year)));
    }

    private static String framework(int year) {
        return "/api/years/" + year + "-" + (year + 1) % 100 + "/framework";
    }

    private JsonNode ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
