package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * "Adults" continues as "Adult Social Care" from 3684/85, and its strategic director moves there: they still answer
 * for Adults' returns of 3683/84. A later year that has Adults again (3685/86) makes it a directorate of its own
 * once more: the returns it places there are not theirs to read, countersign or count in their compliance.
 */
class DirectorateBackAgainTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme\n";
    private static final String ROW = "%s,Carers assessed,%s,%s,Caring,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,"
            + "10,TOLERANCE\n";
    private static final String DIRECTOR = "sd3683";

    @Autowired JdbcClient jdbc;
    @Autowired YearUnderWay yearUnderWay;
    @Autowired ComplianceService compliance;
    @Autowired ReturnPermissions permissions;
    @Autowired ReturnRepository returns;
    @Autowired Countersigning countersigning;

    @Test
    void aStrategicDirectorAnswersForTheRenamedDirectorateOnlyInTheYearsBeforeTheRename() {
        Api perf = new Api(url(""), "perf", "demo");
        ok(perf.putCsv("/api/years/3683-84/framework", HEADER + ROW.formatted("CC-1", "Adults 3683", "Carers 3683")));
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, directorate_id)
                select :u, 'Nell Tendwell', 'x', id from directorate where name = 'Adults 3683'""")
                .param("u", DIRECTOR).update();
        jdbc.sql("insert into user_role (username, role) values (:u, 'STRATEGIC_DIRECTOR')").param("u", DIRECTOR)
                .update();
        ok(perf.putCsv("/api/years/3684-85/framework", HEADER
                + ROW.formatted("CC-1", "Adult Social Care 3684", "Carers 3683")));
        ok(perf.postJson("/api/years/3684-85/directorates/continuations",
                "{\"directorate\":\"Adults 3683\",\"continuesAs\":\"Adult Social Care 3684\"}"));
        yearUnderWay.follow(LocalDate.of(3684, 4, 1));
        ok(perf.putCsv("/api/years/3685-86/framework", HEADER
                + ROW.formatted("CC-1", "Adult Social Care 3684", "Carers 3683")
                + ROW.formatted("RS-1", "Adults 3683", "Respite 3685")));
        long socialCare = jdbc.sql("select id from directorate where name = 'Adult Social Care 3684'")
                .query(Long.class).single();

        long earlier = cycle("3683-84", 4);
        long later = cycle("3685-86", 1);
        try {
            ServiceReturn carers = signedOff(earlier, "Carers 3683");
            ServiceReturn respite = signedOff(later, "Respite 3685");

            assertThat(permissions.canCountersign(DIRECTOR, carers)).as("Adults' return of 3683/84").isTrue();
            assertThat(permissions.canRead(DIRECTOR, respite)).as("Adults' return of 3685/86").isFalse();
            assertThat(permissions.canCountersign(DIRECTOR, respite)).isFalse();
            assertThat(compliance.forCycle(earlier, socialCare).returns()).extracting(ReturnCompliance::service)
                    .containsExactly("Carers 3683");
            assertThat(compliance.forCycle(later, socialCare).returns()).extracting(ReturnCompliance::service)
                    .isEmpty();
            assertThat(countersigning.signedOffInDirectorate(DIRECTOR)).extracting(ServiceReturn::id)
                    .contains(carers.id()).doesNotContain(respite.id());
        } finally {
            // cycles with no process of their own must not outlive the test
            jdbc.sql("delete from service_return where cycle_id in (:c)").param("c", List.of(earlier, later))
                    .update();
            jdbc.sql("delete from cycle where id in (:c)").param("c", List.of(earlier, later)).update();
        }
    }

    private long cycle(String year, int quarter) {
        return jdbc.sql("""
                insert into cycle (year_id, quarter, status, submission_deadline, compilation_date)
                select id, :q, 'COMPILED', starts_on + interval '1 year', starts_on + interval '13 months'
                from reporting_year where label = :y returning id""")
                .param("q", quarter).param("y", year).query(Long.class).single();
    }

    /** The service's return in the cycle, signed off by someone else. */
    private ServiceReturn signedOff(long cycle, String service) {
        long id = jdbc.sql("""
                insert into service_return (cycle_id, service_id, status, first_submitted_at, signed_off_at,
                    signed_off_by)
                select :c, id, 'SIGNED_OFF', now(), now(), 'someone else' from service where name = :s returning id""")
                .param("c", cycle).param("s", service).query(Long.class).single();
        return returns.find(id).orElseThrow();
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    }
}
