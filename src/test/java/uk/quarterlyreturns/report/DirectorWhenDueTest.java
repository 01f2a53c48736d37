package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A return its own director never signed off is answered for by the director in post when it fell due: Housing's
 * director A held the post at the return's deadline; A leaves (disabled on the Users screen) and B is named before the
 * version is compiled; the report's compliance table names A, not B.
 */
class DirectorWhenDueTest extends ApplicationTest {

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired ReportInputs inputs;
    @Autowired UserAdministration users;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    /** Missing when the report is compiled: nothing came in. Year 7571. */
    @Test
    void aReturnMissingAtCompilationNamesTheDirectorInPostAtItsDeadline() throws Exception {
        Housing h = housing(7571);
        returnOf(h, "NOT_STARTED", null);
        assertThat(directorNamedAfterTheyLeave(h)).isEqualTo("Ann Able 7571");
    }

    /**
     * In on time, signed off by a deputy (the director of another service) while A was away: the deputy's sign-off
     * does not count, and A, in post at the deadline, is named. Years 7572 (the deputy's service placed by 7574's).
     */
    @Test
    void aReturnSignedOffByADeputyNamesTheDirectorInPostAtItsDeadline() throws Exception {
        Housing h = housing(7572);
        long returnId = returnOf(h, "ACCEPTED", h.deadline.minus(2, ChronoUnit.DAYS));
        String deputy = "dwd7572";
        long finance = DirectorWhoAnsweredTest.financeOf(imports, organisation, 7572, 7574);
        users.create(new UserFields(deputy, "Dee Deputy 7572", deputy + "@example.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), finance, null), "a long enough password", "admin");
        jdbc.sql("""
                insert into return_event (return_id, at, actor, kind, old_value, new_value)
                values (:r, :at, :by, 'STATUS', 'SUBMITTED', 'SIGNED_OFF')""").param("r", returnId)
                .param("at", Timestamp.from(h.deadline.minus(1, ChronoUnit.DAYS))).param("by", deputy).update();
        assertThat(directorNamedAfterTheyLeave(h)).isEqualTo("Ann Able 7572");
    }

    /**
     * A left after the deadline, and then an extension moved the return's deadline later, still to come: the names
     * kept for the old deadline no longer answer, and the table names the director now. Year 7575.
     */
    @Test
    void aReturnWhoseDeadlineMovedLaterIsNotAnsweredByTheNamesKeptForTheOldOne() throws Exception {
        Housing h = housing(7575);
        long returnId = returnOf(h, "NOT_STARTED", null);
        users.setEnabled(h.directorA, false, "admin");
        jdbc.sql("update service_return set extended_to = :to, extension_reason = 'Data late' where id = :r")
                .param("to", Timestamp.from(Instant.now().plus(5, ChronoUnit.DAYS))).param("r", returnId).update();
        assertThat(directorNamedAfterTheyLeave(h)).isEqualTo("Ben Bright 7575");
    }

    /** A leaves through the Users screen's rules, B is named, and the version is compiled: whom its table names. */
    private String directorNamedAfterTheyLeave(Housing h) throws Exception {
        users.setEnabled(h.directorA, false, "admin");
        String b = "dwb" + h.startYear;
        users.create(new UserFields(b, "Ben Bright " + h.startYear, b + "@example.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), h.serviceId, null), "a long enough password", "admin");
        ReportInput v = inputs.gather(cycles.find(h.cycleId).orElseThrow(), h.year, 2, "", "", CabinetCover.EMPTY,
                LocalDate.now(LondonTime.ZONE));
        return json.valueToTree(v).at("/compliance/services/0/director").asText();
    }

    /** Housing's Q2 cycle of the year, its deadline gone by and its report compiled, with A its director. */
    private Housing housing(int startYear) {
        String label = ReportingYear.labelOf(startYear);
        String service = "Housing " + startYear;
        imports.importMeasures(label, TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nDD-1,Homes let,Places " + startYear
                + "," + service + ",Homes,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n")
                .getBytes(StandardCharsets.UTF_8), "f.csv"));
        jdbc.sql("update reporting_year set starts_on = :d where label = :l").param("l", label)
                .param("d", LocalDate.now(LondonTime.ZONE).minusMonths(7).withDayOfMonth(1)).update();
        ReportingYear year = years.find(label).orElseThrow();
        long serviceId = organisation.findService(service).orElseThrow().id();
        String a = "dwa" + startYear;
        users.create(new UserFields(a, "Ann Able " + startYear, a + "@example.test", EnumSet.of(Role.SERVICE_DIRECTOR),
                serviceId, null), "a long enough password", "admin");
        Instant deadline = year.quarterClose(2).toInstant().plus(15, ChronoUnit.DAYS);
        long cycleId = cycles.insert(year.id(), 2, deadline, deadline.plus(12, ChronoUnit.DAYS), "perf",
                year.quarterClose(2).toInstant(), ChasePolicy.DEFAULT);
        jdbc.sql("update cycle set status = 'COMPILED' where id = :c").param("c", cycleId).update();
        return new Housing(startYear, year, serviceId, cycleId, deadline, a);
    }

    /** Housing's return, in (first submitted then) or not (null), in this status. */
    private long returnOf(Housing h, String status, Instant in) {
        return jdbc.sql("""
                insert into service_return (cycle_id, service_id, status, first_submitted_at, submitted_at)
                values (:c, :s, :status, :in, :in) returning id""").param("c", h.cycleId).param("s", h.serviceId)
                .param("status", status).param("in", in == null ? null : Timestamp.from(in)).query(Long.class).single();
    }

    private record Housing(int startYear, ReportingYear year, long serviceId, long cycleId, Instant deadline,
            String directorA) {
    }
}
