package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Next year's framework, imported before that year begins, renames a service and moves it to another directorate:
 * nothing changes for the service's people until the year begins, and then the service has its new name and
 * directorate (the people file and the services screen find it so), without anyone importing again.
 */
class YearUnderWayTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,service_code\n";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired YearUnderWay yearUnderWay;

    @Test
    void aServiceTakesNextYearsNameAndDirectorateWhenThatYearBegins() {
        imports.importMeasures("2964-65", framework("Year Directorate A 2964", "Year Service 2964"));
        long serviceId = organisation.findService("Year Service 2964").orElseThrow().id();
        imports.importMeasures("2965-66", framework("Year Directorate B 2965", "Year Service Renamed 2965"));

        yearUnderWay.follow(LocalDate.of(2965, 3, 31));
        assertThat(organisation.findService(serviceId).orElseThrow().name()).isEqualTo("Year Service 2964");

        yearUnderWay.follow(LocalDate.of(2965, 4, 1));
        assertThat(organisation.findService("Year Service Renamed 2965")).hasValueSatisfying(s -> {
            assertThat(s.id()).isEqualTo(serviceId);
            assertThat(s.directorateName()).isEqualTo("Year Directorate B 2965");
        });
        assertThat(organisation.findService("Year Service 2964")).isEmpty();
    }

    private static TabularFile framework(String directorate, String service) {
        return TabularFile.read((HEADER + "YU-1,Visits made," + directorate + "," + service + ",Ambitious,count,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE,YU-2964\n").getBytes(StandardCharsets.UTF_8),
                "framework.csv");
    }
}
