package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.report.render.XlsxReportRenderer;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The report's compliance table names the director who answered for a return: Housing's return came in late under
 * director A, who signed it off; A leaves and B is named; a correction compiles version 2, which still names A
 * beside the late return, in the report's JSON and its spreadsheet.
 */
class DirectorWhoAnsweredTest extends ApplicationTest {

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired ReportInputs inputs;
    @Autowired PeopleService people;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @Test
    void aLaterVersionNamesTheDirectorWhoSignedTheReturnOffNotTheOneInPostNow() throws Exception {
        ReportInput v2 = lateReturnSignedOffBy(7451, "dwa7451", "Ann Able 7451", false);
        assertThat(json.valueToTree(v2).at("/compliance/services/0/director").asText()).isEqualTo("Ann Able 7451");
        assertThat(directorCell(new XlsxReportRenderer().render(ReportCompiler.compile(v2)), "Housing 7451"))
                .isEqualTo("Ann Able 7451");
    }

    /**
     * A deputy (another service's director) signed the return off while its director was away: the table names the
     * service's own director, whom the chases were sent to, not the deputy. Year 7452.
     */
    @Test
    void aDeputysSignOffNamesTheServicesOwnDirector() throws Exception {
        ReportInput v2 = lateReturnSignedOffBy(7452, "dwd7452", "Dee Deputy 7452", true);
        assertThat(json.valueToTree(v2).at("/compliance/services/0/director").asText()).isEqualTo("Ben Bright 7452");
    }

    /**
     * Housing's Q2 return of the year came in late and was signed off by this person (a director of another service,
     * standing in as deputy, or the service's director A, who then leaves); B is director when version 2 is compiled.
     */
    private ReportInput lateReturnSignedOffBy(int startYear, String signer, String signerName, boolean deputy)
            throws Exception {
        String label = ReportingYear.labelOf(startYear);
        String service = "Housing " + startYear;
        imports.importMeasures(label, TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nDW-1,Homes let,Places " + startYear
                + "," + service + ",Homes,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n")
                .getBytes(StandardCharsets.UTF_8), "f.csv"));
        jdbc.sql("update reporting_year set starts_on = :d where label = :l").param("l", label)
                .param("d", LocalDate.now(LondonTime.ZONE).minusMonths(7).withDayOfMonth(1)).update();
        ReportingYear year = years.find(label).orElseThrow();
        long serviceId = organisation.findService(service).orElseThrow().id();
        // a deputy directs a service of another year's framework: theirs, not this one
        long signerService = deputy ? otherService(startYear) : serviceId;
        director(signer, signerName, signerService);

        Instant deadline = year.quarterClose(2).toInstant().plus(15, ChronoUnit.DAYS);
        long cycleId = cycles.insert(year.id(), 2, deadline, deadline.plus(12, ChronoUnit.DAYS), "perf",
                year.quarterClose(2).toInstant(), ChasePolicy.DEFAULT);
        jdbc.sql("update cycle set status = 'COMPILED' where id = :c").param("c", cycleId).update();
        Timestamp late = Timestamp.from(deadline.plus(5, ChronoUnit.DAYS));
        long returnId = jdbc.sql("""
                insert into service_return (cycle_id, service_id, status, first_submitted_at, submitted_at,
                    accepted_at)
                values (:c, :s, 'ACCEPTED', :late, :late, :late) returning id""").param("c", cycleId)
                .param("s", serviceId).param("late", late).query(Long.class).single();
        jdbc.sql("""
                insert into return_event (return_id, at, actor, kind, old_value, new_value)
                values (:r, :at, :by, 'STATUS', 'SUBMITTED', 'SIGNED_OFF')""").param("r", returnId)
                .param("at", late).param("by", signer).update();

        // the signer leaves, B is named in the post before the correction's version is compiled
        jdbc.sql("update app_user set enabled = false where username = :u").param("u", signer).update();
        director("dwb" + startYear, "Ben Bright " + startYear, serviceId);

        Cycle cycle = cycles.find(cycleId).orElseThrow();
        return inputs.gather(cycle, year, 2, "Corrected: Housing's homes let", "", CabinetCover.EMPTY,
                LocalDate.now(LondonTime.ZONE));
    }

    /** A service in a framework of another year (startYear - 2000), which the deputy directs. */
    private long otherService(int startYear) {
        return financeOf(imports, organisation, startYear, startYear - 2000);
    }

    /** Finance (of startYear's Places directorate), placed by a framework of another year, otherYear. */
    static long financeOf(FrameworkImport imports, Organisation organisation, int startYear, int otherYear) {
        String other = "Finance " + startYear;
        imports.importMeasures(ReportingYear.labelOf(otherYear), TabularFile.read(("code,title,directorate,service,"
                + "theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nFW-1,Invoices paid,"
                + "Places " + startYear + "," + other + ",Homes,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,"
                + "FIVE_POINT\n").getBytes(StandardCharsets.UTF_8), "f.csv"));
        return organisation.findService(other).orElseThrow().id();
    }

    private void director(String username, String name, long serviceId) {
        people.create(new Person(username, name, username + "@example.test", EnumSet.of(Role.SERVICE_DIRECTOR),
                serviceId, null, true, false, false), "a-long-password");
    }

    /** The Director cell beside Housing in the Summary sheet's compliance table. */
    private static String directorCell(byte[] xlsx, String service) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter text = new DataFormatter();
            for (Row row : book.getSheet("Summary")) {
                if (row.getCell(0) != null && service.equals(text.formatCellValue(row.getCell(0)))) {
                    return text.formatCellValue(row.getCell(1));
                }
            }
        }
        throw new AssertionError("no row for " + service + " in the Summary sheet's compliance table");
    }
}
