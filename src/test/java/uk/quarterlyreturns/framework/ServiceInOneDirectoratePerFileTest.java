package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A framework file places each service in one directorate for its year: two rows putting one service in two
 * directorates are refused, whether they give it the same name or another it is known by (its service code, or the
 * name an earlier year gave it), and under one name. The last row won unseen when the names differed. Years
 * 5974-5976, 6093 and 6094.
 */
class ServiceInOneDirectoratePerFileTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,service_code\n";
    private static final String MEASURE = ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,400,,10,TOLERANCE,";

    @Autowired FrameworkImport imports;
    @Autowired JdbcClient jdbc;

    @Test
    void oneServiceNamedInTwoDirectoratesOfAFileIsRefused() {
        ImportRejectedException refused = refused("5974-75", HEADER
                + "H1,Homes let,Place 5974,Housing 5974" + MEASURE + "\n"
                + "H2,Rent collected,Communities 5974,Housing 5974" + MEASURE + "\n");

        assertThat(refused.errors()).containsExactly(new ImportError(3, "directorate", "Service Housing 5974 is"
                + " placed in Place 5974 on an earlier row: a service sits in one directorate in a year"));
        assertThat(measures("5974-75")).isZero();
    }

    /** Renamed by its code into Communities, then named as last year in Place: the same service twice. */
    @Test
    void oneServiceKnownByItsCodeAndItsEarlierNameInTwoDirectoratesOfAFileIsRefused() {
        assertThat(knownByItsCodeAndLastYearsName(5975, "Communities 5975")).containsExactly(new ImportError(3,
                "directorate", "Service Housing 5975 is the same service as Housing Services 5975 on row 2 (known by"
                + " its service code or another year's name), placed in Communities 5975 there: a service sits in one"
                + " directorate in a year"));
    }

    /** The same service by its code and by last year's name in one directorate: which name is it this year? */
    @Test
    void oneServiceKnownByItsCodeAndItsEarlierNameUnderTwoNamesOfAFileIsRefused() {
        assertThat(knownByItsCodeAndLastYearsName(6093, "Place 6093")).containsExactly(new ImportError(3, "service",
                "Service Housing 6093 is the same service as Housing Services 6093 on row 2 (known by its service"
                + " code or another year's name): a service has one name in a year, so write the same name on each of"
                + " its rows"));
    }

    /**
     * Housing (code HSG) in Place in the year; the next year's file renames it by its code to Housing Services in
     * the directorate given, then names it as last year, in Place. The file's refusal; nothing imported.
     */
    private List<ImportError> knownByItsCodeAndLastYearsName(int startYear, String renamedInto) {
        String year = startYear + "-" + String.valueOf(startYear + 1).substring(2);
        String next = (startYear + 1) + "-" + String.valueOf(startYear + 2).substring(2);
        String housing = "Housing " + startYear;
        String code = "HSG" + startYear;
        imports.importMeasures(year, file(HEADER + "H1,Homes let,Place " + startYear + "," + housing + MEASURE + code
                + "\n"));
        ImportRejectedException refused = refused(next, HEADER
                + "H1,Homes let," + renamedInto + ",Housing Services " + startYear + MEASURE + code + "\n"
                + "H2,Rent collected,Place " + startYear + "," + housing + MEASURE + "\n");
        assertThat(measures(next)).isZero();
        return refused.errors();
    }

    private ImportRejectedException refused(String year, String csv) {
        ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importMeasures(year, file(csv)));
        assertThat(refused).as("the file is refused").isNotNull();
        return refused;
    }

    private int measures(String year) {
        return jdbc.sql("select count(*) from measure m join reporting_year y on y.id = m.year_id where y.label = :y")
                .param("y", year).query(Integer.class).single();
    }

    private static TabularFile file(String csv) {
        return TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
